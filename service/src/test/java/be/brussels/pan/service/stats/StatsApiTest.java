package be.brussels.pan.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class StatsApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERS = "\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}";

    /**
     * Posts diagnoses through the API, then moves them to a day of their own so that the diagnoses other tests
     * store today do not mix in.
     */
    private void diagnoses(int count, String postcode, String day) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                    "{" + ANSWERS + ",\"channel\":\"CPAS\",\"profile\":{\"age\":70,\"postcode\":\"" + postcode + "\"}}");
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            ids.add(UUID.fromString(JSON.readTree(created.getBody()).get("id").asText()));
        }
        for (UUID id : ids) {
            jdbc.sql("update diagnoses set created_at = ? where id = ?")
                    .params(OffsetDateTime.parse(day + "T10:00:00Z").withOffsetSameInstant(ZoneOffset.UTC), id).update();
        }
    }

    @Test
    void smallCellsAreSuppressedAndNoCellCanBeDeducedFromTheTotal() throws Exception {
        diagnoses(6, "1080", "2001-03-05"); // Molenbeek-Saint-Jean 21012
        diagnoses(5, "1070", "2001-03-06"); // Anderlecht 21001
        diagnoses(2, "1000", "2001-03-07"); // Bruxelles 21004

        ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?from=2001-03-01&to=2001-03-31", null);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode stats = JSON.readTree(answer.getBody());
        assertThat(stats.get("threshold").asInt()).isEqualTo(5);
        assertThat(stats.at("/total/count").asLong()).isEqualTo(13);
        assertThat(stats.at("/total/suppressed").asBoolean()).isFalse();
        assertThat(cell(stats, "byCommune", "21012").toString()).isEqualTo("{\"key\":\"21012\",\"count\":6,\"suppressed\":false}");
        // 2 is under the threshold; 5 is hidden too, else 13 - 6 - 5 would give the 2 back.
        assertThat(cell(stats, "byCommune", "21004").toString()).isEqualTo("{\"key\":\"21004\",\"count\":null,\"suppressed\":true}");
        assertThat(cell(stats, "byCommune", "21001").get("suppressed").asBoolean()).isTrue();
        assertThat(cell(stats, "byChannel", "CPAS").get("count").asLong()).isEqualTo(13);
        assertThat(cell(stats, "byTargetGroup", "SENIORS").get("count").asLong()).isEqualTo(13);
        assertThat(stats.get("byPersona").size()).isPositive();
        assertThat(stats.get("byLevel").size()).isPositive();
        assertThat(answer.getBody()).doesNotContain("counsellor").doesNotContain("\"id\"");

        JsonNode oneDay = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/stats?from=2001-03-07&to=2001-03-07", null)
                .getBody());
        assertThat(oneDay.at("/total/count").isNull()).isTrue();
        assertThat(oneDay.at("/total/suppressed").asBoolean()).isTrue();
        assertThat(cell(oneDay, "byCommune", "21004").get("count").isNull()).isTrue();

        JsonNode sixAndTwo = JSON.readTree(call("admin", HttpMethod.GET, "/api/v1/stats?from=2001-03-05&to=2001-03-05", null)
                .getBody());
        assertThat(sixAndTwo.at("/total/count").asLong()).isEqualTo(6);
        assertThat(cell(sixAndTwo, "byCommune", "21012").get("count").asLong()).isEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"from=2026-13-01, from", "to=yesterday, to", "from=2026-11-30&to=2026-11-01, from"})
    void badDatesAreA400NamingTheParameter(String query, String field) throws Exception {
        ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?" + query, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(field);
    }

    @Test
    void bothDatesAreOptionalAndOnlyPlannersAndAdminsSeeStatistics() throws Exception {
        assertThat(call("planner", HttpMethod.GET, "/api/v1/stats", null).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> counsellor = call("counsellor", HttpMethod.GET, "/api/v1/stats", null);
        assertThat(counsellor.getStatusCode().value()).isEqualTo(403);
        assertThat(counsellor.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void secondarySuppressionHidesTheSmallestShownCellUntilTheHiddenOnesReachTheThreshold() {
        var map = new java.util.TreeMap<String, Long>(java.util.Map.of("a", 6L, "b", 2L));
        assertThat(StatsController.suppress(map, true)).extracting(StatsController.Cell::suppressed).containsExactly(true, true);
        assertThat(StatsController.suppress(map, false)).extracting(StatsController.Cell::count).containsExactly(6L, null);
        var none = new java.util.TreeMap<String, Long>(java.util.Map.of("a", 6L, "b", 7L));
        assertThat(StatsController.suppress(none, true)).extracting(StatsController.Cell::suppressed).containsExactly(false, false);
    }

    private static JsonNode cell(JsonNode stats, String dimension, String key) {
        for (JsonNode c : stats.get(dimension)) {
            if (c.get("key").asText().equals(key)) {
                return c;
            }
        }
        throw new AssertionError(key + " not in " + dimension + ": " + stats.get(dimension));
    }
}
