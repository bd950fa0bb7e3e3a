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
    @CsvSource({"from=2026-13-01, from", "to=yesterday, to", "from=2026-11-30&to=2026-11-01, from",
            // ISO's extended years: the day after +999999999-12-31 overflowed (a 500), and no database stores them.
            "to=%2B999999999-12-31, to", "from=-999999999-01-01, from", "from=\u0662\u0660\u0662\u0666-01-01, from"})
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
        assertThat(new PublishedStatistics(null, null, 5).suppress(map, true)).extracting(PublishedStatistics.Cell::suppressed).containsExactly(true, true);
        assertThat(new PublishedStatistics(null, null, 5).suppress(map, false)).extracting(PublishedStatistics.Cell::count).containsExactly(6L, null);
        var none = new java.util.TreeMap<String, Long>(java.util.Map.of("a", 6L, "b", 7L));
        assertThat(new PublishedStatistics(null, null, 5).suppress(none, true)).extracting(PublishedStatistics.Cell::suppressed).containsExactly(false, false);
    }

    @Test
    void theThresholdComesFromConfigurationNotFromCode() {
        var cells = new java.util.TreeMap<String, Long>(java.util.Map.of("a", 12L, "b", 7L, "c", 9L));
        // pan.stats.min-cell = 5 (application.yml): nothing to hide; at 8, 7 is hidden and 9 with it (secondary).
        assertThat(new PublishedStatistics(null, null, 5).suppress(cells, true)).extracting(PublishedStatistics.Cell::count)
                .containsExactly(12L, 7L, 9L);
        assertThat(new PublishedStatistics(null, null, 8).suppress(cells, true)).extracting(PublishedStatistics.Cell::count)
                .containsExactly(12L, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PublishedStatistics(null, null, 0))
                .hasMessageContaining("pan.stats.min-cell");
    }

    @Test
    void fragilityByCommuneAndByTargetGroupIsCrossTabulatedWithTheSameSuppression() throws Exception {
        // The same answers: every diagnosis at the same level, in three communes.
        diagnoses(7, "1080", "2002-04-02"); // Molenbeek: 7
        diagnoses(6, "1070", "2002-04-03"); // Anderlecht: 6, hidden in byCommune to protect Bruxelles
        diagnoses(3, "1000", "2002-04-04"); // Bruxelles: 3, under the threshold

        JsonNode stats = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/stats?from=2002-04-01&to=2002-04-30", null)
                .getBody());

        JsonNode molenbeek = only(stats.get("levelByCommune"), "commune", "21012");
        assertThat(molenbeek.get("count").asLong()).isEqualTo(7);
        assertThat(molenbeek.get("suppressed").asBoolean()).isFalse();
        String level = molenbeek.get("level").asText();
        assertThat(level).isIn("NONE", "LOW", "MODERATE", "HIGH", "SEVERE");
        assertThat(cell(stats, "byLevel", level).get("count").asLong()).isEqualTo(16);
        // Rows whose total is hidden are hidden whole: 16 - 7 leaves 9 for the two of them, not the 3.
        for (String hidden : List.of("21001", "21004")) {
            JsonNode row = only(stats.get("levelByCommune"), "commune", hidden);
            assertThat(row.get("count").isNull()).isTrue();
            assertThat(row.get("suppressed").asBoolean()).isTrue();
            assertThat(row.get("level").asText()).isEqualTo(level);
        }
        JsonNode seniors = only(stats.get("levelByTargetGroup"), "targetGroup", "SENIORS");
        assertThat(seniors.get("level").asText()).isEqualTo(level);
        assertThat(seniors.get("count").asLong()).isEqualTo(16);
        assertThat(stats.toString()).doesNotContain("\"count\":3").doesNotContain("\"count\":6");
    }

    @Test
    void complementarySuppressionLeavesNoLineWithHiddenCellsAddingUpToLessThanTheThreshold() {
        // rows: communes; columns: levels. a/LOW = 2 is small; row a would give it back from a's total (2 + 9),
        // column LOW would give it back from LOW's total (2 + 8).
        var table = new java.util.TreeMap<String, java.util.Map<String, Long>>();
        table.put("a", new java.util.TreeMap<>(java.util.Map.of("LOW", 2L, "HIGH", 9L)));
        table.put("b", new java.util.TreeMap<>(java.util.Map.of("LOW", 8L, "HIGH", 6L, "SEVERE", 12L)));
        table.put("c", new java.util.TreeMap<>(java.util.Map.of("SEVERE", 3L)));

        var cells = new PublishedStatistics(null, null, 5).crossSuppress(table, java.util.Set.of("c"));

        assertThat(cells.get("a").get("LOW").suppressed()).isTrue();
        assertThat(cells.get("a").get("HIGH").suppressed()).as("row a's complement").isTrue();
        assertThat(cells.get("b").get("LOW").suppressed()).as("column LOW's complement").isTrue();
        assertThat(cells.get("c").get("SEVERE").suppressed()).as("a hidden row").isTrue();
        // Every row whose total is shown, and every column: hidden cells add up to 0 or at least 5.
        for (String row : List.of("a", "b")) {
            long hidden = table.get(row).entrySet().stream().filter(e -> cells.get(row).get(e.getKey()).suppressed())
                    .mapToLong(java.util.Map.Entry::getValue).sum();
            assertThat(hidden).as(row).satisfiesAnyOf(h -> assertThat(h).isZero(), h -> assertThat(h).isGreaterThanOrEqualTo(5));
        }
        for (String level : java.util.List.of("LOW", "HIGH", "SEVERE")) {
            long hidden = table.entrySet().stream().filter(e -> e.getValue().containsKey(level)
                    && cells.get(e.getKey()).get(level).suppressed()).mapToLong(e -> e.getValue().get(level)).sum();
            assertThat(hidden).as(level).satisfiesAnyOf(h -> assertThat(h).isZero(), h -> assertThat(h).isGreaterThanOrEqualTo(5));
        }
        assertThat(cells.get("b").get("SEVERE").suppressed()).as("column SEVERE's complement of c's 3").isTrue();
        assertThat(cells.get("b").get("HIGH").count()).as("nothing more than needed").isEqualTo(6L);
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
