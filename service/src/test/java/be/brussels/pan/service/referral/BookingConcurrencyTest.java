package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: 50 simultaneous bookings of a 10-seat session over real HTTP give exactly 10 bookings and 40 answers of
 * 409, and the session counts 10 booked seats (H2; {@code BookingPostgresTest} does the same on PostgreSQL).
 */
class BookingConcurrencyTest extends BookingTestSupport {

    static final int SEATS = 10;
    static final int BOOKINGS = 50;

    @Test
    void fiftySimultaneousBookingsOfTenSeatsGiveTenBookingsAndFortyConflicts() throws Exception {
        UUID session = session(SEATS, 7);
        String diagnosis = diagnosis();

        List<Integer> statuses = race(BOOKINGS, () -> book("counsellor", diagnosis, SKS_OFFER, session)
                .getStatusCode().value());

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(SEATS);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(BOOKINGS - SEATS);
        assertThat(bookedSeats(session)).isEqualTo(SEATS);
        assertThat(holding(session)).isEqualTo(SEATS);
    }

    /** Runs {@code n} calls at once (released together) and returns their HTTP statuses. */
    static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
