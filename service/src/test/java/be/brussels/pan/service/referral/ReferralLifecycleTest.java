package be.brussels.pan.service.referral;

import static be.brussels.pan.service.referral.ReferralStatus.ACCEPTED;
import static be.brussels.pan.service.referral.ReferralStatus.ATTENDED;
import static be.brussels.pan.service.referral.ReferralStatus.CANCELLED;
import static be.brussels.pan.service.referral.ReferralStatus.COMPLETED;
import static be.brussels.pan.service.referral.ReferralStatus.EXPIRED;
import static be.brussels.pan.service.referral.ReferralStatus.NO_SHOW;
import static be.brussels.pan.service.referral.ReferralStatus.REFUSED;
import static be.brussels.pan.service.referral.ReferralStatus.SCHEDULED;
import static be.brussels.pan.service.referral.ReferralStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.metrics.PanMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The lifecycle over HTTP: the allowed paths, every forbidden transition (409), the reason to refuse. */
class ReferralLifecycleTest extends ReferralTestSupport {

    @Autowired
    PanMetrics metrics;

    @Test
    void theFullPathToCompletedIsRecordedWithActorsAndTimes() {
        String id = referral("sw-molenbeek", SKS_OFFER);
        long accepted = metrics.registry().meter("referral.transition.SENT.ACCEPTED").getCount();

        for (ReferralStatus to : List.of(ACCEPTED, SCHEDULED, ATTENDED, COMPLETED)) {
            ResponseEntity<String> moved = move("partner-sks", id, to.name(), null);
            assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
            assertThat(moved.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(json(moved).get("status").asText()).isEqualTo(to.name());
        }

        JsonNode referral = get("sw-molenbeek", id);
        assertThat(referral.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(referral.get("version").asInt()).isEqualTo(4);
        List<String> trail = new ArrayList<>();
        for (JsonNode entry : referral.get("history")) {
            trail.add(entry.get("from").asText() + ">" + entry.get("to").asText() + "@" + entry.get("actor").asText());
            assertThat(entry.get("at").asText()).isNotBlank();
        }
        assertThat(trail).containsExactly("NEW>SENT@sw-molenbeek", "SENT>ACCEPTED@partner-sks",
                "ACCEPTED>SCHEDULED@partner-sks", "SCHEDULED>ATTENDED@partner-sks", "ATTENDED>COMPLETED@partner-sks");
        assertThat(transitionsOf(id)).isEqualTo(5);
        assertThat(metrics.registry().meter("referral.transition.SENT.ACCEPTED").getCount()).isEqualTo(accepted + 1);
        assertThat(metrics.registry().meter("referral.transition.ATTENDED.COMPLETED").getCount()).isPositive();
    }

    @Test
    void aScheduledReferralMayEndInNoShow() {
        String id = referral("counsellor", SKS_OFFER);
        assertThat(move("partner-sks", id, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);
        assertThat(move("partner-sks", id, "SCHEDULED", "Tuesday 13:00").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> noShow = move("partner-sks", id, "NO_SHOW", null);
        assertThat(noShow.getStatusCode().value()).isEqualTo(200);
        assertThat(json(noShow).get("status").asText()).isEqualTo("NO_SHOW");
        assertThat(json(noShow).at("/history/2/reason").asText()).isEqualTo("Tuesday 13:00");
    }

    @Test
    void refusingNeedsAReasonWhichIsRecorded() {
        String id = referral("counsellor", SKS_OFFER);

        for (String body : List.of("{\"to\":\"REFUSED\"}", "{\"to\":\"REFUSED\",\"reason\":\"  \"}",
                "{\"to\":\"REFUSED\",\"reason\":null}")) {
            ResponseEntity<String> refused = call("partner-sks", org.springframework.http.HttpMethod.POST,
                    "/api/v1/referrals/" + id + "/transitions", body);
            assertThat(refused.getStatusCode().value()).as(body).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(refused).get("field").asText()).isEqualTo("reason");
        }
        assertThat(get("counsellor", id).get("status").asText()).isEqualTo("SENT");
        assertThat(transitionsOf(id)).isEqualTo(1);

        ResponseEntity<String> refused = move("partner-sks", id, "REFUSED", "No seat before March.");
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        JsonNode last = json(refused).at("/history/1");
        assertThat(last.get("to").asText()).isEqualTo("REFUSED");
        assertThat(last.get("reason").asText()).isEqualTo("No seat before March.");
        assertThat(last.get("actor").asText()).isEqualTo("partner-sks");
    }

    @Test
    void theReferrerMayCancelFromEveryNonFinalState() {
        Map<ReferralStatus, ReferralStatus[]> paths = Map.of(SENT, new ReferralStatus[] {},
                ACCEPTED, new ReferralStatus[] {ACCEPTED},
                SCHEDULED, new ReferralStatus[] {ACCEPTED, SCHEDULED},
                ATTENDED, new ReferralStatus[] {ACCEPTED, SCHEDULED, ATTENDED});
        paths.forEach((state, path) -> {
            String id = referral("sw-molenbeek", SKS_OFFER);
            drive(id, path);
            ResponseEntity<String> cancelled = move("sw-molenbeek", id, "CANCELLED", "moved to Liège");
            assertThat(cancelled.getStatusCode().value()).as(state + ": " + cancelled.getBody()).isEqualTo(200);
            assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
            assertThat(json(cancelled).at("/history/" + (path.length + 1) + "/from").asText()).isEqualTo(state.name());
        });
    }

    /** Each state, and how an admin gets a referral there. */
    static Stream<Arguments> states() {
        return Stream.<Object>of(new ReferralStatus[] {}, new ReferralStatus[] {ACCEPTED},
                new ReferralStatus[] {ACCEPTED, SCHEDULED}, new ReferralStatus[] {ACCEPTED, SCHEDULED, ATTENDED},
                new ReferralStatus[] {ACCEPTED, SCHEDULED, ATTENDED, COMPLETED},
                new ReferralStatus[] {ACCEPTED, SCHEDULED, NO_SHOW}, new ReferralStatus[] {REFUSED},
                new ReferralStatus[] {CANCELLED}, new ReferralStatus[] {ACCEPTED, CANCELLED}).map(path -> Arguments.of(path));
    }

    @ParameterizedTest
    @MethodSource("states")
    void everyTransitionTheLifecycleForbidsIsAConflictThatChangesNothing(ReferralStatus[] path) {
        String id = referral("counsellor", SKS_OFFER);
        drive(id, path);
        ReferralStatus state = path.length == 0 ? SENT : path[path.length - 1];
        JsonNode before = get("admin", id);
        assertThat(before.get("status").asText()).isEqualTo(state.name());

        int forbidden = 0;
        for (ReferralStatus to : ReferralStatus.values()) {
            if (state.next().contains(to) || to == EXPIRED) {
                continue; // EXPIRED is the expiry job's alone: 403 for everyone (see ReferralAccessTest)
            }
            forbidden++;
            ResponseEntity<String> answer = move("admin", id, to.name(), "because");
            assertThat(answer.getStatusCode().value()).as(state + " -> " + to).isEqualTo(409);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(answer).get("detail").asText()).contains(state.name()).contains(to.name());
        }
        assertThat(forbidden).isPositive();
        assertThat(get("admin", id)).isEqualTo(before);
        assertThat(transitionsOf(id)).isEqualTo(path.length + 1);
    }

    @Test
    void theLifecycleTableIsTheIssues() {
        assertThat(SENT.next()).containsExactlyInAnyOrder(ACCEPTED, REFUSED, EXPIRED, CANCELLED);
        assertThat(ACCEPTED.next()).containsExactlyInAnyOrder(SCHEDULED, CANCELLED);
        assertThat(SCHEDULED.next()).containsExactlyInAnyOrder(ATTENDED, NO_SHOW, CANCELLED);
        assertThat(ATTENDED.next()).containsExactlyInAnyOrder(COMPLETED, CANCELLED);
        assertThat(Stream.of(REFUSED, EXPIRED, COMPLETED, NO_SHOW, CANCELLED)).allMatch(ReferralStatus::isFinal);
    }
}
