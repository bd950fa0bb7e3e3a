package be.brussels.pan.rules.run;

import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.seats.UpcomingSession;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Seat snapshots for properties: sessions planned as {@link Plan}s, placed on offers when a property knows which
 * offers matter (the offers a person is shown, so that the seat rules bite), starting from two days before the
 * snapshot (those do not count) to six weeks after, some full.
 */
public final class SeatArbitraries {

    public static final Instant AS_OF = Instant.parse("2026-12-01T08:00:00Z");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private SeatArbitraries() {
    }

    /** A session to place: on the pick-th of the offers that matter or of the whole catalogue, when, how full. */
    public record Plan(int pick, boolean onOfferThatMatters, int startMinutes, int seats, int freeSeats) {
    }

    public static Arbitrary<Plan> plans() {
        Arbitrary<Integer> seats = Arbitraries.integers().between(1, 16);
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(true, false),
                        Arbitraries.integers().between(-2 * 24 * 60, 42 * 24 * 60), seats,
                        Arbitraries.integers().between(0, 100))
                .as((pick, matters, start, n, freeShare) -> new Plan(pick, matters, start, n,
                        // a quarter of the sessions full; the others with some free seats
                        freeShare < 25 ? 0 : 1 + (n - 1) * (freeShare - 25) / 75));
    }

    public static Arbitrary<List<Plan>> planLists() {
        return plans().list().ofMinSize(0).ofMaxSize(40);
    }

    /** The snapshot of these plans: offers that matter first, else any offer of {@code catalogue}. */
    public static SeatSnapshot place(List<Plan> plans, List<String> matter, List<String> catalogue) {
        List<UpcomingSession> sessions = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            List<String> from = p.onOfferThatMatters() && !matter.isEmpty() ? matter : catalogue;
            OffsetDateTime start = AS_OF.plusSeconds(p.startMinutes() * 60L).atZone(BRUSSELS).toOffsetDateTime();
            sessions.add(new UpcomingSession("s-" + i, from.get(p.pick() % from.size()), start, start.plusHours(2),
                    "venue " + (p.pick() % 7), p.pick() % 3 == 0 ? null : "Rue " + p.pick() + ", 1000 Bruxelles",
                    p.pick() % 2 == 0 ? "fr" : "nl", p.seats(), p.freeSeats()));
        }
        return new SeatSnapshot(AS_OF, sessions);
    }

    /** The same snapshot with one session's free seats set to {@code free}. */
    public static SeatSnapshot withFreeSeats(SeatSnapshot snapshot, int index, int free) {
        List<UpcomingSession> sessions = new ArrayList<>(snapshot.sessions());
        UpcomingSession s = sessions.get(index);
        sessions.set(index, new UpcomingSession(s.id(), s.offerId(), s.start(), s.end(), s.venue(), s.address(),
                s.language(), s.seats(), free));
        return new SeatSnapshot(snapshot.asOf(), sessions);
    }
}
