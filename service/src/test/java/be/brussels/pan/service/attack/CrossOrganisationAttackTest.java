package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attack-table row "cross-organisation reads" (issue 15, "Why" 1).
 *
 * <p>The attack: a counsellor or a social worker reads another organisation's diagnosis by its id, with its
 * sensitive rule codes ({@code social-cpas-beneficiary}, {@code skills-reading-barrier}); refers that person
 * elsewhere; and finds the ids to try, and the notes, in the referral list, which showed every counsellor every
 * organisation's referrals.
 *
 * <p>Before: {@code GET /api/v1/diagnoses/{id}} answered 200 to any COUNSELLOR, SOCIAL_WORKER or ADMIN
 * ({@code diagnoses.organisation} was stored and never checked), {@code POST /api/v1/referrals} took any stored
 * diagnosis (201), and a counsellor's {@code GET /api/v1/referrals} listed every organisation's referrals, their
 * notes and diagnosis ids included.
 *
 * <p>Now: another organisation's diagnosis is a 404, the very answer of an id that names nothing (unless a referral
 * of it is visible to the caller); a referral on it is a 400 naming {@code diagnosisId}, the very answer of an
 * unknown id, and nothing is stored; a counsellor lists, reads, searches and moves its own organisation's
 * referrals only. The whole access table is README.md's "Who may see what" ({@code AccessMatrixTest}).
 */
class CrossOrganisationAttackTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An id no diagnosis or referral has: what "names nothing" answers. */
    private static final String NOTHING = "00000000-0000-4000-8000-000000000000";
    /** An offer of structure epn-13 that Esteban's diagnosis does not exclude. */
    private static final String OFFER = "epn-13-access";

    @Test
    void aCounsellorOrSocialWorkerReadsNoOtherOrganisationsDiagnosisById() throws Exception {
        String molenbeeks = diagnose("sw-molenbeek", "CROSS-READ-1");
        ResponseEntity<String> own = call("sw-molenbeek", HttpMethod.GET, "/api/v1/diagnoses/" + molenbeeks, null);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).contains("social-cpas-beneficiary", "skills-reading-barrier");

        for (String stranger : List.of("counsellor", "sw-anderlecht")) {
            ResponseEntity<String> read = call(stranger, HttpMethod.GET, "/api/v1/diagnoses/" + molenbeeks, null);
            assertThat(read.getStatusCode().value()).as(stranger).isEqualTo(404);
            assertThat(read.getBody()).as(stranger).doesNotContain("social-cpas-beneficiary", "skills-reading-barrier",
                    "CROSS-READ-1", "CPAS Molenbeek");
            assertSameAnswerAsNothing(read, molenbeeks, call(stranger, HttpMethod.GET, "/api/v1/diagnoses/" + NOTHING, null));
        }
    }

    @Test
    void nobodyRefersFromAnotherOrganisationsDiagnosisAndNothingIsStored() throws Exception {
        String actiris = diagnose("counsellor", "CROSS-REFER-1");
        long referrals = rows("referrals");
        long transitions = rows("referral_transitions");

        ResponseEntity<String> refused = refer("sw-anderlecht", actiris, "pick up this person");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.getBody());
        assertThat(problem.get("field").asText()).isEqualTo("diagnosisId");
        assertThat(refused.getBody()).doesNotContain("Actiris", "CROSS-REFER-1");
        assertSameAnswerAsNothing(refused, actiris, refer("sw-anderlecht", NOTHING, "pick up this person"));
        // and the other way round: a counsellor on a CPAS's diagnosis
        String anderlechts = diagnose("sw-anderlecht", "CROSS-REFER-2");
        assertThat(refer("counsellor", anderlechts, null).getStatusCode().value()).isEqualTo(400);

        assertThat(rows("referrals")).isEqualTo(referrals);
        assertThat(rows("referral_transitions")).isEqualTo(transitions);
        // the diagnosis's own organisation still refers
        assertThat(refer("counsellor", actiris, null).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aCounsellorNeitherListsNorReadsAnotherOrganisationsReferralsNorTheirNotes() throws Exception {
        String diagnosis = diagnose("sw-molenbeek", "CROSS-LIST-1");
        ResponseEntity<String> created = refer("sw-molenbeek", diagnosis, "lives with a violent partner");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode referral = JSON.readTree(created.getBody());
        String id = referral.get("id").asText();
        String slip = referral.get("slipNumber").asText();

        for (String query : List.of("", "?q=" + slip, "?q=CROSS-LIST-1", "?organisation=CPAS%20Molenbeek",
                "?status=SENT&size=100")) {
            ResponseEntity<String> list = call("counsellor", HttpMethod.GET, "/api/v1/referrals" + query, null);
            assertThat(list.getStatusCode().value()).as(query).isEqualTo(200);
            assertThat(list.getBody()).as(query).doesNotContain(id, diagnosis, "lives with a violent partner",
                    "CPAS Molenbeek");
            for (JsonNode seen : JSON.readTree(list.getBody())) {
                assertThat(seen.get("organisation").asText()).as(query).isEqualTo("Actiris");
            }
        }
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/referrals?q=" + slip, null).getHeaders()
                .getFirst("X-Total-Count")).isEqualTo("0");

        // one referral by its id, its calendar file, a transition: the answers of an id that names nothing
        assertSameAnswerAsNothing(call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + id, null), id,
                call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + NOTHING, null));
        assertSameAnswerAsNothing(call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + id + "/appointment.ics", null), id,
                call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + NOTHING + "/appointment.ics", null));
        String cancel = "{\"to\":\"CANCELLED\",\"reason\":\"x\"}";
        assertSameAnswerAsNothing(call("counsellor", HttpMethod.POST, "/api/v1/referrals/" + id + "/transitions", cancel), id,
                call("counsellor", HttpMethod.POST, "/api/v1/referrals/" + NOTHING + "/transitions", cancel));

        // the organisation that made it still sees it, note included; ADMIN sees everything
        for (String user : List.of("sw-molenbeek", "admin")) {
            ResponseEntity<String> read = call(user, HttpMethod.GET, "/api/v1/referrals/" + id, null);
            assertThat(read.getStatusCode().value()).as(user).isEqualTo(200);
            assertThat(JSON.readTree(read.getBody()).get("note").asText()).isEqualTo("lives with a violent partner");
            assertThat(idsListed(user, "?q=" + slip)).as(user).containsExactly(id);
        }
    }

    @Test
    void theAuditsChainFromAListedReferralToAnotherOrganisationsDiagnosisIsCut() throws Exception {
        // The audit listed referrals as a counsellor, took their diagnosis ids and read the diagnoses.
        String diagnosis = diagnose("sw-anderlecht", "CROSS-CHAIN-1");
        assertThat(refer("sw-anderlecht", diagnosis, null).getStatusCode().value()).isEqualTo(201);

        List<String> reachable = new ArrayList<>();
        for (JsonNode referral : JSON.readTree(call("counsellor", HttpMethod.GET, "/api/v1/referrals", null).getBody())) {
            String id = referral.get("diagnosisId").asText();
            ResponseEntity<String> read = call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + id, null);
            assertThat(read.getStatusCode().value()).as("a diagnosis of a listed referral").isEqualTo(200);
            reachable.add(id);
        }
        assertThat(reachable).doesNotContain(diagnosis);
    }

    /**
     * The refusal is the answer to an id that names nothing, word for word once the id is put in its place: same
     * status, same problem type, same fields; nothing says the id exists or whose it is.
     */
    private static void assertSameAnswerAsNothing(ResponseEntity<String> refused, String id, ResponseEntity<String> nothing)
            throws Exception {
        assertThat(refused.getStatusCode()).isEqualTo(nothing.getStatusCode());
        assertThat(refused.getStatusCode().value()).isIn(400, 404);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(refused.getBody().replace(id, NOTHING))).isEqualTo(JSON.readTree(nothing.getBody()));
    }

    private String diagnose(String user, String reference) throws Exception {
        ObjectNode esteban = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests",
                "esteban.json")));
        esteban.put("reference", reference);
        ResponseEntity<String> created = call(user, HttpMethod.POST, "/api/v1/diagnoses", esteban.toString());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return JSON.readTree(created.getBody()).get("id").asText();
    }

    private ResponseEntity<String> refer(String user, String diagnosisId, String note) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", OFFER);
        if (note != null) {
            body.put("note", note);
        }
        return call(user, HttpMethod.POST, "/api/v1/referrals", body.toString());
    }

    private List<String> idsListed(String user, String query) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(call(user, HttpMethod.GET, "/api/v1/referrals" + query, null).getBody())
                .forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
