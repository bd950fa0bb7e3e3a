package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Concurrent conflicting transitions on one referral over real HTTP: exactly one wins, the others get 409. */
class ReferralConcurrencyTest extends ReferralTestSupport {

    private static final int ROUNDS = 8;

    @Test
    void exactlyOneOfConcurrentConflictingTransitionsSucceeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = referral("counsellor", SKS_OFFER);
                // all four are allowed from SENT, and each forbids the others once done (ACCEPTED and REFUSED
                // lead nowhere near each other); CANCELLED is left out: it is allowed after ACCEPTED too
                List<Supplier<ResponseEntity<String>>> calls = List.of(
                        () -> move("partner-sks", id, "ACCEPTED", null),
                        () -> move("partner-sks", id, "REFUSED", "full"),
                        () -> move("admin", id, "ACCEPTED", null),
                        () -> move("admin", id, "REFUSED", "duplicate"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
                for (Supplier<ResponseEntity<String>> call : calls) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return call.get();
                    }));
                }
                start.countDown();

                List<Integer> statuses = new ArrayList<>();
                String winner = null;
                for (Future<ResponseEntity<String>> answer : answers) {
                    ResponseEntity<String> response = answer.get(30, TimeUnit.SECONDS);
                    statuses.add(response.getStatusCode().value());
                    if (response.getStatusCode().value() == 200) {
                        winner = json(response).get("status").asText();
                    }
                }
                assertThat(statuses).as("round " + round).containsOnly(200, 409);
                assertThat(statuses.stream().filter(s -> s == 200).count()).as("round " + round).isEqualTo(1);

                JsonNode stored = get("admin", id);
                assertThat(stored.get("status").asText()).isEqualTo(winner);
                assertThat(stored.get("version").asInt()).isEqualTo(1);
                assertThat(stored.get("history")).hasSize(2);
                assertThat(transitionsOf(id)).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Autowired
    ReferralStore store;

    @Test
    void aTransitionFromAStaleVersionChangesNothing() {
        UUID id = UUID.fromString(referral("counsellor", SKS_OFFER));
        Instant now = Instant.now();

        assertThat(store.transition(id, 0, ReferralStatus.SENT, ReferralStatus.ACCEPTED, null, "a", now)).isTrue();
        // the second writer read version 0 too: its update matches no row, and nothing is recorded
        assertThat(store.transition(id, 0, ReferralStatus.SENT, ReferralStatus.REFUSED, "late", "b", now)).isFalse();

        Referral stored = store.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.history()).extracting(ReferralTransition::actor).containsExactly("counsellor", "a");
    }
}
