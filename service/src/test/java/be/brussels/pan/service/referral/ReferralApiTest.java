package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.metrics.PanMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The referral endpoints: create, read, list, and the JSON they answer. */
@ExtendWith(OutputCaptureExtension.class)
class ReferralApiTest extends ReferralTestSupport {

    @Autowired
    PanMetrics metrics;

    @Test
    void aReferralIsCreatedSentWithItsHistoryAndReadBack() throws Exception {
        String diagnosis = diagnosis();
        long rows = rows("referrals");
        long created = metrics.registry().meter("referral.transition.NEW.SENT").getCount();

        ResponseEntity<String> answer = post("counsellor", diagnosis, SKS_OFFER, "Needs help with e-mail first.");

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode body = json(answer);
        String id = body.get("id").asText();
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/v1/referrals/" + id);
        assertThat(body.get("status").asText()).isEqualTo("SENT");
        assertThat(body.get("diagnosisId").asText()).isEqualTo(diagnosis);
        assertThat(body.get("offerId").asText()).isEqualTo(SKS_OFFER);
        assertThat(body.get("structureId").asText()).isEqualTo("epn-13");
        assertThat(body.get("note").asText()).isEqualTo("Needs help with e-mail first.");
        assertThat(body.get("organisation").asText()).isEqualTo("Actiris");
        assertThat(body.get("createdBy").asText()).isEqualTo("counsellor");
        assertThat(body.get("version").asLong()).isZero();
        JsonNode history = body.get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("from").asText()).isEqualTo("NEW");
        assertThat(history.get(0).get("to").asText()).isEqualTo("SENT");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("counsellor");
        assertThat(history.get(0).get("at").asText()).isEqualTo(body.get("createdAt").asText());
        assertThat(rows("referrals")).isEqualTo(rows + 1);
        assertThat(metrics.registry().meter("referral.transition.NEW.SENT").getCount()).isEqualTo(created + 1);

        assertThat(get("counsellor", id)).isEqualTo(body);
    }

    @Test
    void theNoteIsOptionalAndMayBeExactly1000Characters() {
        String diagnosis = diagnosisBy("sw-molenbeek", null);
        ResponseEntity<String> noNote = post("sw-molenbeek", diagnosis, SKS_OFFER, null);
        assertThat(noNote.getStatusCode().value()).isEqualTo(201);
        assertThat(json(noNote).get("note").isNull()).isTrue();

        ResponseEntity<String> longNote = post("sw-molenbeek", diagnosis, SKS_OFFER, "é".repeat(1000));
        assertThat(longNote.getStatusCode().value()).isEqualTo(201);
        assertThat(json(longNote).get("note").asText()).hasSize(1000);
    }

    @Test
    void theListFiltersByStatusNewestFirst() {
        String first = referral("counsellor", OTHER_OFFER);
        String second = referral("counsellor", OTHER_OFFER);
        String accepted = referral("counsellor", OTHER_OFFER);
        drive(accepted, ReferralStatus.ACCEPTED);

        List<String> sent = ids(call("counsellor", HttpMethod.GET, "/api/v1/referrals?status=SENT", null));
        assertThat(sent).contains(first, second).doesNotContain(accepted);
        assertThat(sent.indexOf(second)).isLessThan(sent.indexOf(first));

        List<String> acceptedList = ids(call("counsellor", HttpMethod.GET, "/api/v1/referrals?status=ACCEPTED", null));
        assertThat(acceptedList).contains(accepted).doesNotContain(first, second);

        ResponseEntity<String> all = call("counsellor", HttpMethod.GET, "/api/v1/referrals", null);
        assertThat(ids(all)).contains(first, second, accepted);
        for (JsonNode referral : json(all)) {
            assertThat(referral.get("history").size()).isEqualTo(referral.get("version").asInt() + 1);
        }
    }

    @Test
    void badIdsAndStatusesAreProblems() {
        ResponseEntity<String> missing = call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + UUID.randomUUID(), null);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> notAnId = call("counsellor", HttpMethod.GET, "/api/v1/referrals/42", null);
        assertThat(notAnId.getStatusCode().value()).isEqualTo(400);
        assertThat(json(notAnId).get("field").asText()).isEqualTo("id");

        ResponseEntity<String> status = call("counsellor", HttpMethod.GET, "/api/v1/referrals?status=LOST", null);
        assertThat(status.getStatusCode().value()).isEqualTo(400);
        assertThat(status.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(status).get("field").asText()).isEqualTo("status");

        ResponseEntity<String> unknownTransition = move("admin", UUID.randomUUID().toString(), "ACCEPTED", null);
        assertThat(unknownTransition.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theNoteAndReasonsAreNeverLogged(CapturedOutput output) {
        String note = "NOTE-" + UUID.randomUUID();
        String reason = "REASON-" + UUID.randomUUID();
        ResponseEntity<String> created = post("counsellor", diagnosis(), SKS_OFFER, note);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(move("partner-sks", id, "REFUSED", reason).getStatusCode().value()).isEqualTo(200);
        // and in rejected requests
        assertThat(call("counsellor", HttpMethod.POST, "/api/v1/referrals",
                "{\"diagnosisId\":\"x\",\"offerId\":\"y\",\"note\":\"" + note + "\"}").getStatusCode().value()).isEqualTo(400);
        assertThat(call("counsellor", HttpMethod.POST, "/api/v1/referrals/" + id + "/transitions",
                "{\"to\":\"CANCELLED\",\"reason\":\"" + reason + "\"}").getStatusCode().value()).isEqualTo(409);

        assertThat(output.getAll()).doesNotContain(note).doesNotContain(reason);
    }

    @Test
    void theOpenApiDescriptionShowsTheBodies() throws Exception {
        ResponseEntity<String> docs = call(null, HttpMethod.GET, "/v3/api-docs", null);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.getBody()).get("paths");
        assertThat(paths.has("/api/v1/referrals")).isTrue();
        assertThat(paths.has("/api/v1/referrals/{id}/transitions")).isTrue();
        assertThat(paths.has("/api/v1/offers/{id}")).isTrue();
        assertThat(docs.getBody()).contains("diagnosisId").contains("offerId").contains("reason");
    }

    static List<String> ids(ResponseEntity<String> list) {
        assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(list).forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
