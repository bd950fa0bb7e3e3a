package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

class OpenApiTest extends ApiTest {

    @Test
    void theOpenApiDescriptionListsTheApi() throws Exception {
        ResponseEntity<String> docs = call(null, HttpMethod.GET, "/v3/api-docs", null);

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(docs.getBody()).get("paths");
        assertThat(paths.has("/api/v1/diagnoses")).isTrue();
        assertThat(paths.has("/api/v1/diagnoses/{id}")).isTrue();
    }

    /** The bodies read as bytes are JSON objects, not base64 strings ({@code type: string, format: byte}). */
    @Test
    void bodiesReadAsBytesAreDescribedAsJsonObjects() throws Exception {
        JsonNode docs = docs();
        Map<String, String> bodies = Map.of(
                "/api/v1/diagnoses", "DiagnosisRequest",
                "/api/v1/admin/catalogs", "Catalog",
                "/api/v1/rosters", "ProblemJson",
                "/api/v1/admin/users", "NewUser",
                "/api/v1/referrals", "Create",
                "/api/v1/referrals/{id}/transitions", "Transition");
        bodies.forEach((path, schemaName) -> {
            JsonNode content = docs.at(pointer("paths", path, "post", "requestBody", "content"));
            assertThat(content.has("application/json")).as(path).isTrue();
            JsonNode schema = content.get("application/json").get("schema");
            assertThat(schema.path("format").asText()).as(path).isNotEqualTo("byte");
            assertThat(schema.path("type").asText()).as(path).isNotEqualTo("string");
            assertThat(schema.toString()).as(path).contains("\"#/components/schemas/" + schemaName + "\"");
            assertThat(docs.at(pointer("components", "schemas", schemaName, "type")).asText()).as(schemaName)
                    .isEqualTo("object");
        });
        // Nothing anywhere in the paths is a base64 string.
        assertThat(docs.get("paths").toString()).doesNotContain("\"format\":\"byte\"");
    }

    @Test
    void aDiagnosisTakesOneRequestOrAnArrayAndAnswers201WithItsResponse() throws Exception {
        JsonNode post = docs().at(pointer("paths", "/api/v1/diagnoses", "post"));

        JsonNode oneOf = post.at(pointer("requestBody", "content", "application/json", "schema", "oneOf"));
        assertThat(oneOf.toString()).contains("#/components/schemas/DiagnosisRequest\"", "DiagnosisRequestBatch");
        assertThat(docs().at(pointer("components", "schemas", "DiagnosisRequestBatch", "type")).asText()).isEqualTo("array");
        assertThat(docs().at(pointer("components", "schemas", "DiagnosisRequestBatch", "items", "$ref")).asText())
                .isEqualTo("#/components/schemas/DiagnosisRequest");
        assertThat(post.at(pointer("requestBody", "required")).asBoolean()).isTrue();

        JsonNode created = post.at(pointer("responses", "201"));
        assertThat(created.isMissingNode()).isFalse();
        assertThat(created.at(pointer("headers", "Location")).isMissingNode()).isFalse();
        assertThat(created.at(pointer("content", "application/json", "schema")).toString())
                .contains("#/components/schemas/DiagnosisResponse\"");
        assertThat(post.at(pointer("responses")).has("200")).isFalse();
        assertThat(statuses(post)).contains("400", "401", "403", "413", "415", "503");

        JsonNode found = docs().at(pointer("paths", "/api/v1/diagnoses/{id}", "get", "responses"));
        assertThat(found.at(pointer("200", "content", "application/json", "schema", "$ref")).asText())
                .isEqualTo("#/components/schemas/DiagnosisResponse");
        assertThat(found.has("404")).isTrue();
    }

    @Test
    void theRealSuccessStatusesAndTheirHeadersAreDescribed() throws Exception {
        JsonNode paths = docs().get("paths");

        JsonNode submit = paths.at(pointer("/api/v1/rosters", "post", "responses"));
        assertThat(submit.has("202")).isTrue();
        assertThat(submit.has("200")).isFalse();
        assertThat(submit.at(pointer("202", "headers", "Location")).isMissingNode()).isFalse();
        assertThat(submit.at(pointer("202", "content", "application/json", "schema", "$ref")).asText())
                .isEqualTo("#/components/schemas/RosterAccepted");
        assertThat(submit.has("429")).isTrue();
        assertThat(submit.at(pointer("429", "headers", "Retry-After")).isMissingNode()).isFalse();

        JsonNode demand = paths.at(pointer("/api/v1/rosters/from-demand", "post", "responses"));
        assertThat(demand.has("202")).isTrue();
        assertThat(demand.has("429")).isTrue();
        assertThat(demand.at(pointer("202", "headers", "Location")).isMissingNode()).isFalse();

        for (String created : List.of("/api/v1/referrals", "/api/v1/admin/users", "/api/v1/admin/catalogs")) {
            JsonNode responses = paths.at(pointer(created, "post", "responses"));
            assertThat(responses.has("201")).as(created).isTrue();
            assertThat(responses.has("200")).as(created).isFalse();
            assertThat(responses.at(pointer("201", "headers", "Location")).isMissingNode()).as(created).isFalse();
            assertThat(responses.has("409") || created.equals("/api/v1/referrals")).as(created).isTrue();
        }
        assertThat(statuses(paths.at(pointer("/api/v1/referrals/{id}/transitions", "post"))))
                .contains("200", "400", "403", "404", "409");

        JsonNode state = paths.at(pointer("/api/v1/rosters/{id}", "get", "responses", "200", "content", "application/json",
                "schema", "$ref"));
        assertThat(state.asText()).isEqualTo("#/components/schemas/RosterState");
        assertThat(docs().at(pointer("components", "schemas", "RosterState", "properties", "solution", "$ref")).asText())
                .isEqualTo("#/components/schemas/SolutionJson");
        // The records the controller answers are the schemas: their members, in the order of the answers.
        assertThat(docs().at(pointer("components", "schemas", "RosterState", "properties")).fieldNames()).toIterable()
                .containsExactly("id", "failure", "solveMillis", "status", "problemId", "score", "solution", "restartOf",
                        "restartedAs"); // the last two since issue 16 (a restart), left out when null
        assertThat(docs().at(pointer("components", "schemas", "RosterAccepted", "properties")).fieldNames()).toIterable()
                .containsExactly("id", "status");
        assertThat(docs().at(pointer("components", "schemas")).has("JsonNode")).as("no answer is an untyped tree").isFalse();
    }

    @Test
    void everyErrorIsAProblemWithItsField() throws Exception {
        JsonNode docs = docs();
        List<String> errors = new ArrayList<>();
        docs.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().get("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        String where = op.getKey() + " " + path.getKey() + " " + response.getKey();
                        errors.add(where);
                        JsonNode content = response.getValue().get("content");
                        assertThat(content).as(where).isNotNull();
                        assertThat(content.at(pointer("application/problem+json", "schema", "$ref")).asText()).as(where)
                                .isEqualTo("#/components/schemas/ProblemDetail");
                    }
                })));
        assertThat(errors).contains("post /api/v1/diagnoses 400", "post /api/v1/diagnoses 503",
                "post /api/v1/rosters 413", "post /api/v1/rosters 415", "post /api/v1/admin/users 409",
                "get /api/v1/offers 401", "get /api/v1/stats 403", "get /api/v1/referrals/{id} 404");

        JsonNode problem = docs.at(pointer("components", "schemas", "ProblemDetail", "properties"));
        assertThat(problem.has("field")).isTrue();
        assertThat(problem.has("detail")).isTrue();
        assertThat(problem.has("properties")).isFalse();
        // The service's own properties, then those the features contribute (a full session's next sessions, a
        // referral's 422 rule, a registry import's errors, the rosters' 429).
        assertThat(problem.fieldNames()).toIterable().containsExactly("type", "title", "status", "detail", "instance",
                "field", "nextSessions", "rule", "errors", "maxConcurrentSolves");
        assertThat(problem.at("/nextSessions/items/$ref").asText()).isEqualTo("#/components/schemas/PublishedSession");
        assertThat(problem.at("/maxConcurrentSolves/type").asText()).isEqualTo("integer");
        assertThat(problem.at("/rule/type").asText()).isEqualTo("string");
    }

    @Test
    void httpBasicIsTheSecuritySchemeOfEveryOperation() throws Exception {
        JsonNode docs = docs();

        JsonNode basic = docs.at(pointer("components", "securitySchemes", "basic"));
        assertThat(basic.path("type").asText()).isEqualTo("http");
        assertThat(basic.path("scheme").asText()).isEqualTo("basic");
        assertThat(docs.path("security").toString()).contains("\"basic\"");
        assertThat(docs.at(pointer("info", "title")).asText()).isNotBlank().doesNotContain("OpenAPI definition");
        assertThat(docs.at(pointer("info", "description")).asText()).contains("RFC 9457", "field");
    }

    @Test
    void whatIsNotApiIsHidden() throws Exception {
        JsonNode paths = docs().get("paths");

        assertThat(paths.has("/error")).isFalse();
        assertThat(paths.has("/pages/me")).isFalse();
        assertThat(paths.has("/api/v1/rosters")).isTrue();
    }

    @Test
    void theParametersSayWhatTheServiceAccepts() throws Exception {
        JsonNode paths = docs().get("paths");

        JsonNode week = parameter(paths.at(pointer("/api/v1/rosters/from-demand", "post")), "week");
        assertThat(week.path("required").asBoolean()).isTrue();
        assertThat(week.path("example").asText()).isEqualTo("2026-W49");
        for (String path : List.of("/api/v1/rosters", "/api/v1/rosters/from-demand")) {
            JsonNode seconds = parameter(paths.at(pointer(path, "post")), "seconds").get("schema");
            assertThat(seconds.path("type").asText()).as(path).isEqualTo("integer");
            assertThat(seconds.path("minimum").asInt()).as(path).isEqualTo(1);
            assertThat(seconds.path("maximum").asInt()).as(path).isEqualTo(600);
            assertThat(seconds.path("default").asInt()).as(path).isEqualTo(30);
        }
        JsonNode stats = paths.at(pointer("/api/v1/stats", "get"));
        assertThat(parameter(stats, "month").at("/schema/pattern").asText()).isEqualTo("[0-9]{4}-[0-9]{2}");
        assertThat(stats.path("parameters").toString()).as("statistics 1.x's date ranges are gone")
                .doesNotContain("\"from\"").doesNotContain("\"to\"");

        JsonNode offers = paths.at(pointer("/api/v1/offers", "get"));
        assertThat(parameter(offers, "postcode").at("/schema/pattern").asText()).isEqualTo("[1-9][0-9]{3}");
        assertThat(parameter(offers, "kind").at("/schema/enum").toString()).contains("\"EPN\"");
        assertThat(parameter(offers, "targetGroup").at("/schema/enum").toString()).contains("\"SENIORS\"");
        // status is repeatable: an array of statuses
        assertThat(parameter(paths.at(pointer("/api/v1/referrals", "get")), "status").at("/schema/items/enum").toString())
                .contains("\"SENT\"", "\"CANCELLED\"");
    }

    @Test
    void theProblemsEveryOperationCanAnswerAreAddedOnceWithTheRightLimits() throws Exception {
        JsonNode paths = docs().get("paths");
        assertThat(paths.at(pointer("/api/v1/rosters", "post", "responses", "413", "description")).asText()).contains("8 MiB");
        assertThat(paths.at(pointer("/api/v1/admin/catalogs", "post", "responses", "413", "description")).asText()).contains("8 MiB");
        assertThat(paths.at(pointer("/api/v1/diagnoses", "post", "responses", "413", "description")).asText()).contains("64 KiB");
        assertThat(statuses(paths.at(pointer("/api/v1/offers", "get")))).contains("401").doesNotContain("413", "415");
        assertThat(statuses(paths.at(pointer("/api/v1/referrals", "post")))).contains("401", "413", "415");
    }

    private JsonNode docs() throws Exception {
        ResponseEntity<String> docs = call(null, HttpMethod.GET, "/v3/api-docs", null);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        return new ObjectMapper().readTree(docs.getBody());
    }

    private static List<String> statuses(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.get("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    /** A JSON pointer to these keys ('/' and '~' escaped, as in the paths' names). */
    private static String pointer(String... keys) {
        StringBuilder pointer = new StringBuilder();
        for (String key : keys) {
            pointer.append('/').append(key.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
