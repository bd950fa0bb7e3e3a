package be.brussels.pan.service.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class DiagnosisApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private DiagnosisStore store;
    private static final String ANSWERS = "\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}";

    @Test
    void aDiagnosisIsCreatedStoredAndReadBack() throws Exception {
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));

        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.getBody());
        String id = body.get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/diagnoses/" + id);
        assertThat(body.at("/persona/code").asText()).isEqualTo("ESTEBAN");

        ResponseEntity<String> read = call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + id, null);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(read.getBody())).isEqualTo(body);
        assertThat(jdbc.sql("select reference, commune_code, persona from diagnoses where id = ?")
                .param(java.util.UUID.fromString(id)).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .single()).isEqualTo("A-2026-000123|21012|ESTEBAN");
        assertThat(store.savesOnTheirWay()).isZero();
    }

    @Test
    void aBatchIsAnsweredInOrderAndStoredWhole() throws Exception {
        long before = rows("diagnoses");
        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                "[{" + ANSWERS + ",\"profile\":{\"age\":20}},{" + ANSWERS + ",\"profile\":{\"age\":70}}]");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.getBody());
        assertThat(body.get(0).get("targetGroups").toString()).contains("YOUTH");
        assertThat(body.get(1).get("targetGroups").toString()).contains("SENIORS");
        assertThat(rows("diagnoses")).isEqualTo(before + 2);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"answers\":", "$"),
                Arguments.of("wrong type", "{" + ANSWERS + ",\"profile\":{\"age\":\"old\"}}", "profile.age"),
                Arguments.of("unknown field", "{" + ANSWERS + ",\"name\":\"Jan\"}", "name"),
                Arguments.of("unknown enum", "{\"answers\":{\"device\":\"PHONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}", "answers.device"),
                Arguments.of("out of range", "{" + ANSWERS + ",\"profile\":{\"age\":200}}", "profile.age"),
                Arguments.of("missing answer", "{\"answers\":{\"device\":\"NONE\"}}", "answers.internet"),
                Arguments.of("bad batch element", "[{" + ANSWERS + "},{\"answers\":{}}]", "[1].answers.device"),
                Arguments.of("enum as a number", "{\"answers\":{\"device\":1,\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}", "answers.device"),
                Arguments.of("enum in a list as a number", "{" + ANSWERS + ",\"extended\":{\"barriers\":[0]}}", "extended.barriers[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsAProblemNamingTheFieldAndStoresNothing(String what, String body, String field) throws Exception {
        long before = rows("diagnoses");

        ResponseEntity<String> answer = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", body);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(field);
        assertThat(rows("diagnoses")).isEqualTo(before);
        // The request announced its save before it failed; the group-commit writer must not keep waiting for it.
        assertThat(store.savesOnTheirWay()).isZero();
    }

    @Test
    void everyLanguageTheContractAllowsIsStoredOnceEach() throws Exception {
        // 67 codes or more did not fit the column (varchar 200) and ended in a 503 that quoted them in the log.
        java.util.List<String> codes = java.util.List.of(java.util.Locale.getISOLanguages());
        java.util.List<String> twice = new java.util.ArrayList<>(codes);
        twice.addAll(codes);
        String body = "{" + ANSWERS + ",\"profile\":{\"languages\":" + JSON.writeValueAsString(twice) + "}}";

        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", body);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = JSON.readTree(created.getBody()).get("id").asText();
        assertThat(jdbc.sql("select languages from diagnoses where id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).single()).isEqualTo(String.join(",", codes));
    }

    @Test
    void aHugeBodyIs413AndStoresNothing() throws Exception {
        long before = rows("diagnoses");
        String huge = "{" + ANSWERS + "}" + " ".repeat(70 * 1024);

        ResponseEntity<String> answer = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", huge);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rows("diagnoses")).isEqualTo(before);
    }

    @Test
    void unknownIdsAndMethodsAreProblems() throws Exception {
        ResponseEntity<String> missing = call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + java.util.UUID.randomUUID(), null);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> notAnId = call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/not-a-uuid", null);
        assertThat(notAnId.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(notAnId.getBody()).get("field").asText()).isEqualTo("id");
        // UUID.fromString alone would read this as 00000001-0002-0003-0004-000000000005: one spelling per id.
        ResponseEntity<String> shortForm = call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/1-2-3-4-5", null);
        assertThat(shortForm.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(shortForm.getBody()).get("field").asText()).isEqualTo("id");

        ResponseEntity<String> method = call("counsellor", HttpMethod.DELETE, "/api/v1/diagnoses/x", null);
        assertThat(method.getStatusCode().value()).isEqualTo(405);
        assertThat(method.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> nowhere = call("counsellor", HttpMethod.GET, "/api/v1/nowhere", null);
        assertThat(nowhere.getStatusCode().value()).isEqualTo(404);
        assertThat(nowhere.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void securityErrorsAreProblems() throws Exception {
        ResponseEntity<String> anonymous = call(null, HttpMethod.POST, "/api/v1/diagnoses", "{" + ANSWERS + "}");
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> planner = call("planner", HttpMethod.POST, "/api/v1/diagnoses", "{" + ANSWERS + "}");
        assertThat(planner.getStatusCode().value()).isEqualTo(403);
        assertThat(planner.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void healthNeedsNoLoginAndShowsTheDatabaseAndTheRuleBase() throws Exception {
        ResponseEntity<String> health = call(null, HttpMethod.GET, "/actuator/health", null);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.getBody());
        assertThat(body.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/ruleBase/details/version").asText()).isEqualTo("1.2.0");
        assertThat(call(null, HttpMethod.GET, "/actuator/env", null).getStatusCode().value()).isIn(401, 404);
    }
}
