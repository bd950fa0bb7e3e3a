package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who sees which referral and who may do which transition. */
class ReferralAccessTest extends ReferralTestSupport {

    @Test
    void aSocialWorkerNeitherReadsNorListsAnotherOrganisationsReferrals() {
        String molenbeek = referral("sw-molenbeek", SKS_OFFER);
        String anderlecht = referral("sw-anderlecht", SKS_OFFER);

        ResponseEntity<String> read = call("sw-anderlecht", HttpMethod.GET, "/api/v1/referrals/" + molenbeek, null);
        assertThat(read.getStatusCode().value()).isEqualTo(404);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read.getBody()).doesNotContain("epn-13").doesNotContain("CPAS Molenbeek");
        // the same answer as for an id that does not exist
        assertThat(move("sw-anderlecht", molenbeek, "CANCELLED", null).getStatusCode().value()).isEqualTo(404);

        List<String> anderlechts = ReferralApiTest.ids(call("sw-anderlecht", HttpMethod.GET, "/api/v1/referrals", null));
        assertThat(anderlechts).contains(anderlecht).doesNotContain(molenbeek);
        assertThat(ReferralApiTest.ids(call("sw-anderlecht", HttpMethod.GET, "/api/v1/referrals?status=SENT", null)))
                .doesNotContain(molenbeek);
        for (var referral : json(call("sw-anderlecht", HttpMethod.GET, "/api/v1/referrals", null))) {
            assertThat(referral.get("organisation").asText()).isEqualTo("CPAS Anderlecht");
        }

        List<String> molenbeeks = ReferralApiTest.ids(call("sw-molenbeek", HttpMethod.GET, "/api/v1/referrals", null));
        assertThat(molenbeeks).contains(molenbeek).doesNotContain(anderlecht);
        assertThat(get("sw-molenbeek", molenbeek).get("organisation").asText()).isEqualTo("CPAS Molenbeek");

        // an admin sees every organisation's referrals; a counsellor, since issue 15, only its own organisation's
        assertThat(get("admin", molenbeek).get("id").asText()).isEqualTo(molenbeek);
        assertThat(get("admin", anderlecht).get("id").asText()).isEqualTo(anderlecht);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + molenbeek, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(ReferralApiTest.ids(call("counsellor", HttpMethod.GET, "/api/v1/referrals", null)))
                .doesNotContain(molenbeek, anderlecht);
    }

    @Test
    void aPartnerSeesOnlyReferralsToItsStructure() {
        String toSks = referral("counsellor", SKS_OFFER);
        String elsewhere = referral("counsellor", OTHER_OFFER);

        assertThat(get("partner-sks", toSks).get("structureId").asText()).isEqualTo("epn-13");
        assertThat(call("partner-sks", HttpMethod.GET, "/api/v1/referrals/" + elsewhere, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(move("partner-sks", elsewhere, "ACCEPTED", null).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> list = call("partner-sks", HttpMethod.GET, "/api/v1/referrals", null);
        assertThat(ReferralApiTest.ids(list)).contains(toSks).doesNotContain(elsewhere);
        for (var referral : json(list)) {
            assertThat(referral.get("structureId").asText()).isEqualTo("epn-13");
        }
        assertThat(get("counsellor", elsewhere).get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void onlyThePartnerMovesAReferralAlongAndOnlyTheReferrerCancelsIt() {
        String id = referral("sw-molenbeek", SKS_OFFER);
        String counsellors = referral("counsellor", SKS_OFFER);

        for (String[] referrer : new String[][] {{"sw-molenbeek", id}, {"counsellor", counsellors}}) {
            for (String partnerSide : List.of("ACCEPTED", "REFUSED")) {
                ResponseEntity<String> denied = move(referrer[0], referrer[1], partnerSide, "no");
                assertThat(denied.getStatusCode().value()).as(referrer[0] + " " + partnerSide).isEqualTo(403);
                assertThat(denied.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        assertThat(get("counsellor", counsellors).get("status").asText()).isEqualTo("SENT");
        ResponseEntity<String> partnerCancels = move("partner-sks", id, "CANCELLED", null);
        assertThat(partnerCancels.getStatusCode().value()).isEqualTo(403);
        assertThat(partnerCancels.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // a counsellor of another organisation does not even see the CPAS's referral (issue 15): 404, not 403
        assertThat(move("counsellor", id, "CANCELLED", null).getStatusCode().value()).isEqualTo(404);
        // nobody expires a referral by hand, not even an admin
        for (String user : List.of("admin", "partner-sks", "sw-molenbeek")) {
            assertThat(move(user, id, "EXPIRED", null).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(get("sw-molenbeek", id).get("status").asText()).isEqualTo("SENT");
        assertThat(transitionsOf(id)).isEqualTo(1);

        assertThat(move("partner-sks", id, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);
        assertThat(move("sw-molenbeek", id, "CANCELLED", "found a job").getStatusCode().value()).isEqualTo(200);
        assertThat(get("partner-sks", id).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void partnersDoNotReferAndPlannersAndStrangersDoNotReachReferrals() {
        String diagnosis = diagnosis();
        long rows = rows("referrals");

        ResponseEntity<String> partner = post("partner-sks", diagnosis, SKS_OFFER, "x");
        assertThat(partner.getStatusCode().value()).isEqualTo(403);
        assertThat(partner.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post("planner", diagnosis, SKS_OFFER, "x").getStatusCode().value()).isEqualTo(403);
        assertThat(post(null, diagnosis, SKS_OFFER, "x").getStatusCode().value()).isEqualTo(401);
        assertThat(call("planner", HttpMethod.GET, "/api/v1/referrals", null).getStatusCode().value()).isEqualTo(403);
        assertThat(rows("referrals")).isEqualTo(rows);

        ResponseEntity<String> admin = post("admin", diagnosis, SKS_OFFER, "x");
        assertThat(admin.getStatusCode().value()).isEqualTo(201);
        assertThat(json(admin).get("organisation").asText()).isEqualTo("CIN");
    }
}
