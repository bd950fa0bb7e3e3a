package be.brussels.pan.service.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/v1/offers} and {@code GET /api/v1/offers/{id}} on the default catalogue. */
class OfferApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode search(String user, String query) throws Exception {
        ResponseEntity<String> answer = call(user, HttpMethod.GET, "/api/v1/offers" + query, null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode body = JSON.readTree(answer.getBody());
        assertThat(body.get("count").asInt()).isEqualTo(body.get("offers").size());
        return body;
    }

    @Test
    void withoutFiltersEveryOfferComesInIdOrderWithItsStructureAndProvenance() throws Exception {
        JsonNode body = search("planner", "");

        assertThat(body.get("catalogVersion").asText()).isNotBlank();
        assertThat(body.get("communeCode").isNull()).isTrue();
        List<String> ids = ids(body);
        assertThat(ids).hasSize(87).isSorted().contains("epn-13-access", "cpas-21012-social", "db-11-project");
        for (JsonNode offer : body.get("offers")) {
            assertThat(offer.get("distanceKm").isNull()).isTrue();
            assertThat(offer.at("/structure/id").asText()).isEqualTo(offer.get("structureId").asText());
            assertThat(offer.at("/provenance/source").asText()).isIn("SEED", "DERIVED", "ILLUSTRATIVE");
            assertThat(offer.at("/structure/provenance/source").asText()).isIn("SEED", "DERIVED", "ILLUSTRATIVE");
            assertThat(offer.at("/provenance/illustrativeFields").isArray()).isTrue();
            assertThat(offer.get("kind").asText()).isIn("START_DIGITAL", "EPN", "PARTNER", "EQUIPMENT", "SOCIAL_SUPPORT", "VOLUNTEERING");
        }
    }

    @Test
    void aBrusselsPostcodeOrdersOffersNearestFirst() throws Exception {
        JsonNode body = search("counsellor", "?postcode=1080");

        assertThat(body.get("postcode").asText()).isEqualTo("1080");
        assertThat(body.get("communeCode").asText()).isEqualTo("21012");
        List<Double> distances = new ArrayList<>();
        for (JsonNode offer : body.get("offers")) {
            assertThat(offer.get("distanceKm").isNumber()).as(offer.get("id").asText()).isTrue();
            distances.add(offer.get("distanceKm").asDouble());
        }
        assertThat(distances).hasSize(87).isSorted();
        assertThat(distances.get(0)).isLessThan(1.0);
        // Molenbeek's own offers are among the nearest, Watermael-Boitsfort's (1170) among the farthest
        assertThat(ids(body).indexOf("cpas-21012-social")).isLessThan(ids(body).indexOf("cpas-21017-social"));
        assertThat(distances.get(distances.size() - 1)).isGreaterThan(5.0);
    }

    @Test
    void aPostcodeOutsideTheRegionLeavesOffersInIdOrder() throws Exception {
        JsonNode body = search("counsellor", "?postcode=4000");

        assertThat(body.get("communeCode").isNull()).isTrue();
        assertThat(ids(body)).hasSize(87).isSorted();
        assertThat(body.at("/offers/0/distanceKm").isNull()).isTrue();
    }

    @Test
    void filtersCombine() throws Exception {
        JsonNode equipment = search("counsellor", "?kind=EQUIPMENT");
        assertThat(equipment.get("offers")).isNotEmpty();
        equipment.get("offers").forEach(o -> assertThat(o.get("kind").asText()).isEqualTo("EQUIPMENT"));

        JsonNode epn = search("counsellor", "?kind=EPN");
        assertThat(ids(epn)).contains("epn-13-access").doesNotContain("db-11-project");

        JsonNode seniors = search("counsellor", "?targetGroup=SENIORS");
        assertThat(seniors.get("offers").size()).isPositive().isLessThan(87);
        seniors.get("offers").forEach(o -> assertThat(o.get("targetGroups").toString()).contains("SENIORS"));

        JsonNode dutch = search("counsellor", "?language=nl");
        assertThat(dutch.get("offers").size()).isPositive().isLessThan(87);
        dutch.get("offers").forEach(o -> assertThat(o.get("languages").toString()).contains("\"nl\""));

        JsonNode all = search("counsellor", "?postcode=1000&kind=SOCIAL_SUPPORT&targetGroup=PRECARIOUS&language=fr");
        assertThat(all.get("offers")).isNotEmpty();
        all.get("offers").forEach(o -> {
            assertThat(o.get("kind").asText()).isEqualTo("SOCIAL_SUPPORT");
            assertThat(o.get("targetGroups").toString()).contains("PRECARIOUS");
            assertThat(o.get("languages").toString()).contains("\"fr\"");
        });
        assertThat(ids(all).get(0)).isEqualTo("cpas-21004-social");

        assertThat(search("counsellor", "?postcode=&kind=&targetGroup=&language=").get("count").asInt()).isEqualTo(87);
        assertThat(search("counsellor", "?language=zz").get("count").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"postcode, 10800", "postcode, 1O80", "postcode, 0999", "kind, WORKSHOP", "kind, epn", "targetGroup, CHILDREN",
            "language, french", "language, NL"})
    void badQueryParametersAreProblemsNamingTheParameter(String parameter, String value) throws Exception {
        ResponseEntity<String> answer = call("counsellor", HttpMethod.GET, "/api/v1/offers?" + parameter + "=" + value, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(parameter);
    }

    @Test
    void anOfferIsReadByIdWithItsStructureAndProvenance() throws Exception {
        ResponseEntity<String> answer = call("partner-sks", HttpMethod.GET, "/api/v1/offers/epn-13-access", null);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode offer = JSON.readTree(answer.getBody());
        assertThat(offer.get("id").asText()).isEqualTo("epn-13-access");
        assertThat(offer.get("serviceKind").asText()).isEqualTo("FREE_ACCESS");
        assertThat(offer.get("kind").asText()).isIn("EPN", "PARTNER");
        assertThat(offer.at("/structure/id").asText()).isEqualTo("epn-13");
        assertThat(offer.at("/structure/postcode").asText()).isEqualTo("1080");
        assertThat(offer.at("/provenance/source").asText()).isEqualTo("DERIVED");
        assertThat(offer.at("/provenance/seedLines").asText()).isNotBlank();
        assertThat(offer.at("/provenance/illustrativeFields").toString()).contains("schedule");
        assertThat(offer.get("distanceKm").isNull()).isTrue();
    }

    @Test
    void unknownOffersAndAnonymousCallsAreProblems() {
        ResponseEntity<String> missing = call("counsellor", HttpMethod.GET, "/api/v1/offers/epn-99-access", null);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> anonymous = call(null, HttpMethod.GET, "/api/v1/offers", null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("offers").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }
}
