package be.brussels.pan.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
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
     * Posts diagnoses through the API, then moves them to a month of their own (each test its own: a month is kept
     * as first published) so that the diagnoses other tests store today do not mix in.
     */
    private void diagnoses(int count, String postcode, String day) throws Exception {
        diagnosesAt(count, postcode, day + "T10:00:00Z");
    }

    private void diagnosesAt(int count, String postcode, String instant) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                    "{" + ANSWERS + ",\"channel\":\"CPAS\",\"profile\":{\"age\":70,\"postcode\":\"" + postcode + "\"}}");
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            ids.add(UUID.fromString(JSON.readTree(created.getBody()).get("id").asText()));
        }
        for (UUID id : ids) {
            jdbc.sql("update diagnoses set created_at = ? where id = ?")
                    .params(OffsetDateTime.parse(instant).withOffsetSameInstant(ZoneOffset.UTC), id).update();
        }
    }

    @Test
    void smallCellsAreAbsentLikeEmptyOnesAndNoneCanBeDeducedFromTheTotal() throws Exception {
        diagnoses(6, "1080", "2001-03-05"); // Molenbeek-Saint-Jean 21012
        diagnoses(5, "1070", "2001-03-06"); // Anderlecht 21001
        diagnoses(2, "1000", "2001-03-07"); // Bruxelles 21004

        ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?month=2001-03", null);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode stats = JSON.readTree(answer.getBody());
        assertThat(stats.get("month").asText()).isEqualTo("2001-03");
        assertThat(stats.get("from").asText()).isEqualTo("2001-03-01");
        assertThat(stats.get("to").asText()).isEqualTo("2001-03-31");
        assertThat(stats.get("threshold").asInt()).isEqualTo(5);
        assertThat(stats.get("total").asLong()).isEqualTo(13);
        assertThat(stats.get("byCommune").toString()).isEqualTo("[{\"key\":\"21012\",\"count\":6}]");
        // 2 is under the threshold; 5 is hidden too, else 13 - 6 - 5 would give the 2 back. Neither key is listed:
        // a hidden commune looks like one without diagnoses.
        assertThat(answer.getBody()).doesNotContain("21001").doesNotContain("21004").doesNotContain("suppressed");
        assertThat(cell(stats, "byChannel", "CPAS").get("count").asLong()).isEqualTo(13);
        assertThat(cell(stats, "byTargetGroup", "SENIORS").get("count").asLong()).isEqualTo(13);
        assertThat(stats.get("byPersona").size()).isPositive();
        assertThat(stats.get("byLevel").size()).isPositive();
        assertThat(answer.getBody()).doesNotContain("counsellor").doesNotContain("\"id\"");
    }

    @Test
    void aMonthUnderTheThresholdShowsNothingNotEvenItsTotal() throws Exception {
        diagnoses(2, "1000", "2001-05-07");

        JsonNode stats = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/stats?month=2001-05", null).getBody());

        assertThat(stats.get("total").isNull()).isTrue();
        assertThat(stats.get("byCommune").size()).isZero();
        assertThat(stats.get("levelByCommune").size()).isZero();
        JsonNode empty = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/stats?month=2001-06", null).getBody());
        assertThat(empty.get("total").isNull()).as("no diagnosis reads as fewer than 5").isTrue();
        JsonNode emptyRest = ((com.fasterxml.jackson.databind.node.ObjectNode) empty).without(List.of("month", "from", "to"));
        JsonNode fewRest = ((com.fasterxml.jackson.databind.node.ObjectNode) stats).without(List.of("month", "from", "to"));
        assertThat(emptyRest.toString()).isEqualTo(fewRest.toString());
    }

    @ParameterizedTest
    @CsvSource({"from=2026-11-01, from", "to=2026-11-30, to", "from=2026-11-01&to=2026-11-30, from",
            "month=2026-11&to=2026-11-30, to", "week=2026-W49, week", "from=, from"})
    void theDateRangesOfStatistics1AreA400NamingTheParameter(String query, String field) throws Exception {
        ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?" + query, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains("month=YYYY-MM").contains("statistics 2.0");
    }

    @ParameterizedTest
    @CsvSource({"2026-13", "26-11", "2026-1", "yesterday", "%2B2026-11", "\u0662\u0660\u0662\u0666-11", "2026-11-01",
            "9999-12", "1999-12", "''"})
    void aMonthThatIsNotAnEndedCalendarMonthIsA400NamingMonth(String month) throws Exception {
        ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?month=" + month, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("month");
    }

    @Test
    void theRunningMonthHasNoStatisticsYetAndWithoutMonthTheLatestEndedIsAnswered() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Brussels"));
        ResponseEntity<String> running = call("planner", HttpMethod.GET, "/api/v1/stats?month=" + now, null);
        assertThat(running.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(running.getBody()).get("detail").asText()).contains("has not ended")
                .contains(now.minusMonths(1).toString());

        ResponseEntity<String> latest = call("planner", HttpMethod.GET, "/api/v1/stats", null);
        assertThat(latest.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(latest.getBody()).get("month").asText()).isEqualTo(now.minusMonths(1).toString());
    }

    @Test
    void onlyPlannersAndAdminsSeeStatistics() throws Exception {
        assertThat(call("admin", HttpMethod.GET, "/api/v1/stats?month=2001-07", null).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> counsellor = call("counsellor", HttpMethod.GET, "/api/v1/stats?month=2001-07", null);
        assertThat(counsellor.getStatusCode().value()).isEqualTo(403);
        assertThat(counsellor.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aMonthIsAnsweredAsFirstPublishedWhateverHappensToItsDiagnosesAfterwards() throws Exception {
        diagnoses(7, "1080", "2001-08-02");
        diagnoses(6, "1070", "2001-08-03");
        String first = call("planner", HttpMethod.GET, "/api/v1/stats?month=2001-08", null).getBody();

        // One diagnosis of the month is erased (or deleted by retention): comparing two answers must not show it.
        jdbc.sql("delete from diagnoses where id = (select min(id) from diagnoses where created_at >= ? and created_at < ?)")
                .params(OffsetDateTime.parse("2001-08-01T00:00:00+02:00"), OffsetDateTime.parse("2001-09-01T00:00:00+02:00"))
                .update();

        assertThat(call("admin", HttpMethod.GET, "/api/v1/stats?month=2001-08", null).getBody()).isEqualTo(first);
        assertThat(JSON.readTree(first).get("total").asLong()).isEqualTo(13);
    }

    @Test
    void theMonthIsBrusselsTime() throws Exception {
        // 31 March 2001 at 23:30 in Brussels (CEST) is 21:30 UTC: March. 1 April at 00:30 is 22:30 UTC on 31 March: April.
        diagnosesAt(5, "1080", "2001-03-31T21:30:00Z");
        diagnosesAt(6, "1080", "2001-03-31T22:30:00Z");

        assertThat(cell(JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/stats?month=2001-04", null).getBody()),
                "byCommune", "21012").get("count").asLong()).isEqualTo(6);
    }

    @Test
    void theThresholdComesFromConfigurationNotFromCode() {
        var cells = new java.util.TreeMap<String, Long>(java.util.Map.of("a", 12L, "b", 7L, "c", 9L));
        // pan.stats.min-cell = 5 (application.yml): nothing to hide; at 8, 7 is hidden and 9 with it (secondary).
        assertThat(new SmallCellSuppression(5).partition(cells).values()).noneMatch(SmallCellSuppression.Published::suppressed);
        assertThat(new SmallCellSuppression(8).partition(cells).values()).extracting(SmallCellSuppression.Published::count)
                .containsExactly(12L, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PublishedStatistics(null, null, null, null, 0))
                .hasMessageContaining("pan.stats.min-cell");
    }

    @Test
    void fragilityByCommuneAndByTargetGroupIsCrossTabulatedWithTheSameProtection() throws Exception {
        // The same answers: every diagnosis at the same level, in three communes.
        diagnoses(7, "1080", "2002-04-02"); // Molenbeek: 7
        diagnoses(6, "1070", "2002-04-03"); // Anderlecht: 6, hidden in byCommune to protect Bruxelles
        diagnoses(3, "1000", "2002-04-04"); // Bruxelles: 3, under the threshold

        JsonNode stats = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/stats?month=2002-04", null).getBody());

        JsonNode molenbeek = only(stats.get("levelByCommune"), "commune", "21012");
        assertThat(molenbeek.get("count").asLong()).isEqualTo(7);
        String level = molenbeek.get("level").asText();
        assertThat(level).isIn("NONE", "LOW", "MODERATE", "HIGH", "SEVERE");
        assertThat(cell(stats, "byLevel", level).get("count").asLong()).isEqualTo(16);
        // The rows whose total is hidden are not listed at all: 16 - 7 leaves 9 for them, not the 3.
        assertThat(stats.get("levelByCommune").size()).isEqualTo(1);
        JsonNode seniors = only(stats.get("levelByTargetGroup"), "targetGroup", "SENIORS");
        assertThat(seniors.get("level").asText()).isEqualTo(level);
        assertThat(seniors.get("count").asLong()).isEqualTo(16);
        assertThat(stats.toString()).doesNotContain("\"count\":3").doesNotContain("\"count\":6");
    }

    private static JsonNode only(JsonNode cells, String field, String key) {
        List<JsonNode> found = new ArrayList<>();
        cells.forEach(c -> {
            if (c.get(field).asText().equals(key)) {
                found.add(c);
            }
        });
        assertThat(found).as(key + " in " + cells).hasSize(1);
        return found.get(0);
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
