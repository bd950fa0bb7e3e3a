package be.brussels.pan.service.referral;

import static be.brussels.pan.service.referral.ReferralApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * The inbox list: search by slip number or reference, filters, pages with X-Total-Count, bad parameters, and the
 * reference, slip number and person facts of each referral. Every test makes its own diagnosis reference, so that
 * the referrals other tests store in the same database do not count.
 */
class ReferralInboxTest extends ReferralTestSupport {

    private static String reference() {
        return "Inbox-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private ResponseEntity<String> inbox(String user, String query) {
        return call(user, HttpMethod.GET, "/api/v1/referrals" + query, null);
    }

    @Test
    void aReferralCarriesItsReferenceSlipNumberAndThePersonFactsOfItsDiagnosis() {
        String reference = reference();
        ResponseEntity<String> created = post("counsellor", diagnosis(reference), SKS_OFFER, null);
        JsonNode referral = json(created);
        String id = referral.get("id").asText();

        assertThat(referral.get("reference").asText()).isEqualTo(reference);
        assertThat(referral.get("slipNumber").asText()).isEqualTo(id.substring(0, 8).toUpperCase()).matches("[0-9A-F]{8}");
        JsonNode person = referral.get("person");
        // esteban.json: languages ar, fr; needs ADMIN, JOB_SEARCH, SOCIAL_CONTACT; no disability; no reduced mobility
        assertThat(person.get("languages")).extracting(JsonNode::asText).containsExactly("ar", "fr");
        assertThat(person.get("needs")).extracting(JsonNode::asText).containsExactly("ADMIN", "JOB_SEARCH", "SOCIAL_CONTACT");
        assertThat(person.get("disabilities")).isEmpty();
        assertThat(person.get("reducedMobility").asBoolean(true)).isFalse();
        assertThat(person.has("name")).isFalse();
        assertThat(referral.get("override").isNull()).isTrue();
        assertThat(get("partner-sks", id)).isEqualTo(referral);
    }

    @Test
    void qFindsBySlipNumberOrReferenceExactlyAndWhateverTheCase() {
        String reference = reference();
        String diagnosis = diagnosis(reference);
        String first = json(post("counsellor", diagnosis, SKS_OFFER, null)).get("id").asText();
        String second = json(post("counsellor", diagnosis, OTHER_OFFER, null)).get("id").asText();

        ResponseEntity<String> bySlip = inbox("counsellor", "?q=" + first.substring(0, 8).toLowerCase());
        assertThat(ids(bySlip)).containsExactly(first);
        assertThat(bySlip.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
        assertThat(ids(inbox("counsellor", "?q=" + reference.toUpperCase()))).containsExactly(second, first);
        assertThat(ids(inbox("counsellor", "?q=" + reference.substring(0, reference.length() - 1)))).isEmpty();
        assertThat(ids(inbox("counsellor", "?q=" + first.substring(0, 7)))).isEmpty();
        // visibility first: the partner finds only what reaches its structure
        assertThat(ids(inbox("partner-sks", "?q=" + reference))).containsExactly(first);
        assertThat(ids(inbox("partner-sks", "?q=" + second.substring(0, 8)))).isEmpty();
        assertThat(ids(inbox("sw-molenbeek", "?q=" + reference))).isEmpty();
    }

    @Test
    void filtersCombineStatusesRepeatedDatesOfferAndOrganisation() {
        String reference = reference();
        // one person under one reference, diagnosed by each organisation that refers them (its own diagnosis only)
        String molenbeeks = diagnosisBy("sw-molenbeek", reference);
        String actiris = diagnosis(reference);
        String sent = json(post("sw-molenbeek", molenbeeks, SKS_OFFER, null)).get("id").asText();
        String accepted = json(post("sw-molenbeek", molenbeeks, SKS_OFFER, null)).get("id").asText();
        String refused = json(post("counsellor", actiris, SKS_OFFER, null)).get("id").asText();
        String other = json(post("counsellor", actiris, OTHER_OFFER, null)).get("id").asText();
        drive(accepted, ReferralStatus.ACCEPTED);
        assertThat(move("partner-sks", refused, "REFUSED", "full").getStatusCode().value()).isEqualTo(200);
        String q = "?q=" + reference;

        assertThat(ids(inbox("admin", q + "&status=SENT&status=ACCEPTED"))).containsExactlyInAnyOrder(sent, accepted, other);
        assertThat(ids(inbox("admin", q + "&status=REFUSED"))).containsExactly(refused);
        assertThat(ids(inbox("admin", q + "&offerId=" + OTHER_OFFER))).containsExactly(other);
        assertThat(ids(inbox("admin", q + "&organisation=CPAS Molenbeek"))).containsExactlyInAnyOrder(sent, accepted);
        assertThat(ids(inbox("admin", q + "&organisation=CPAS Molenbeek&status=ACCEPTED"))).containsExactly(accepted);
        // a social worker, and since issue 15 a counsellor, sees its own organisation's referrals only, whatever it asks for
        assertThat(ids(inbox("sw-molenbeek", q + "&organisation=Actiris"))).isEmpty();
        assertThat(ids(inbox("counsellor", q + "&organisation=CPAS Molenbeek"))).isEmpty();
        assertThat(ids(inbox("counsellor", q))).containsExactlyInAnyOrder(refused, other);

        String today = OffsetDateTime.now(ZoneId.of("Europe/Brussels")).toLocalDate().toString();
        String tomorrow = OffsetDateTime.now(ZoneId.of("Europe/Brussels")).toLocalDate().plusDays(1).toString();
        String yesterday = OffsetDateTime.now(ZoneId.of("Europe/Brussels")).toLocalDate().minusDays(1).toString();
        assertThat(ids(inbox("admin", q + "&from=" + today + "&to=" + today))).hasSize(4);
        assertThat(ids(inbox("admin", q + "&from=" + tomorrow))).isEmpty();
        assertThat(ids(inbox("admin", q + "&to=" + yesterday))).isEmpty();
        assertThat(ids(inbox("admin", q + "&from=&to=&offerId=&organisation=&status="))).hasSize(4);
    }

    @Test
    void pagesAreNewestFirstWithTheTotalInAHeader() {
        String reference = reference();
        String diagnosis = diagnosis(reference);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, json(post("counsellor", diagnosis, OTHER_OFFER, null)).get("id").asText());
        }
        String q = "?q=" + reference;

        ResponseEntity<String> first = inbox("counsellor", q + "&page=0&size=2");
        ResponseEntity<String> second = inbox("counsellor", q + "&page=1&size=2");
        ResponseEntity<String> third = inbox("counsellor", q + "&page=2&size=2");
        ResponseEntity<String> beyond = inbox("counsellor", q + "&page=3&size=2");

        assertThat(ids(first)).containsExactly(created.get(0), created.get(1));
        assertThat(ids(second)).containsExactly(created.get(2), created.get(3));
        assertThat(ids(third)).containsExactly(created.get(4));
        assertThat(ids(beyond)).isEmpty();
        for (ResponseEntity<String> page : List.of(first, second, third, beyond)) {
            assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo("5");
        }
        for (JsonNode referral : json(first)) {
            assertThat(referral.get("history").size()).isEqualTo(referral.get("version").asInt() + 1);
        }
        ResponseEntity<String> all = inbox("counsellor", "");
        assertThat(json(all).size()).isLessThanOrEqualTo(100);
        assertThat(Long.parseLong(all.getHeaders().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(5);
        assertThat(inbox("planner", "").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void everyBadParameterIsA400NamingIt() {
        String[][] cases = {
                {"?status=LOST", "status"}, {"?status=SENT&status=sent", "status"},
                {"?from=2026-13-01", "from"}, {"?from=yesterday", "from"}, {"?to=2026-02-30", "to"},
                {"?to=+99999-01-01", "to"}, {"?from=2026-12-02&to=2026-12-01", "from"},
                {"?page=-1", "page"}, {"?page=x", "page"}, {"?page=99999999999", "page"},
                {"?size=0", "size"}, {"?size=101", "size"}, {"?size=1.5", "size"},
                {"?q=" + "x".repeat(65), "q"},
                {"?offerId=" + "x".repeat(101), "offerId"}, {"?organisation=" + "x".repeat(101), "organisation"}};
        for (String[] c : cases) {
            ResponseEntity<String> refused = inbox("counsellor", c[0]);
            assertThat(refused.getStatusCode().value()).as(c[0] + " " + refused.getBody()).isEqualTo(400);
            assertThat(json(refused).get("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
        // a control character, sent encoded as it is (not through a URI template, which would encode the %)
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        ResponseEntity<String> nul = http.exchange(new RequestEntity<>(headers, HttpMethod.GET,
                uri("/api/v1/referrals?q=a%00b")), String.class);
        assertThat(nul.getStatusCode().value()).as(nul.getBody()).isEqualTo(400);
        assertThat(json(nul).get("field").asText()).isEqualTo("q");
    }
}
