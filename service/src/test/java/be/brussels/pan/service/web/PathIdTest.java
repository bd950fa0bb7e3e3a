package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One rule for the ids in paths, for every endpoint the OpenAPI description lists with a UUID in its path: a
 * malformed id is bad input, a 400 naming {@code id}; a well-formed id that names nothing is a 404. A new endpoint
 * is covered as soon as it declares its id a UUID.
 */
class PathIdTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tried in turn: the first role that may call an endpoint gets past 403 to the id. */
    private static final List<String> USERS = List.of("counsellor", "sw-molenbeek", "partner-sks", "planner", "admin");

    @Test
    void aMalformedIdInAnyPathIsA400NamingId() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Endpoint endpoint : uuidEndpoints()) {
            String path = endpoint.path().replace("{" + endpoint.idParameter() + "}", "not-an-id")
                    .replaceAll("\\{[^}]*}", "x");
            ResponseEntity<String> answer = callAsTheFirstAllowed(endpoint.method(), path);

            String where = endpoint.method() + " " + path;
            assertThat(answer.getStatusCode().value()).as(where).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).as(where).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = JSON.readTree(answer.getBody());
            assertThat(problem.get("field").asText()).as(where).isEqualTo("id");
            assertThat(problem.get("detail").asText()).as(where).startsWith("id: 'not-an-id' is not a");
            checked.add(endpoint.method() + " " + endpoint.path());
        }
        assertThat(checked).contains("GET /api/v1/diagnoses/{id}", "GET /api/v1/referrals/{id}",
                "POST /api/v1/referrals/{id}/transitions", "GET /api/v1/rosters/{id}", "DELETE /api/v1/rosters/{id}",
                "GET /api/v1/rosters/{id}/problem", "GET /api/v1/rosters/{id}.csv",
                "GET /api/v1/rosters/{id}/animators/{animatorId}.ics");
    }

    @Test
    void aWellFormedIdThatNamesNothingIsA404() throws Exception {
        String nothing = "00000000-0000-4000-8000-000000000000";
        for (Endpoint endpoint : uuidEndpoints()) {
            if (endpoint.method() != HttpMethod.GET) {
                continue;
            }
            String path = endpoint.path().replace("{" + endpoint.idParameter() + "}", nothing)
                    .replaceAll("\\{[^}]*}", "x");

            assertThat(callAsTheFirstAllowed(endpoint.method(), path).getStatusCode().value()).as(path).isEqualTo(404);
        }
    }

    private ResponseEntity<String> callAsTheFirstAllowed(HttpMethod method, String path) {
        ResponseEntity<String> answer = null;
        for (String user : USERS) {
            answer = call(user, method, path, method == HttpMethod.POST ? "{}" : null);
            if (answer.getStatusCode().value() != 403) {
                return answer;
            }
        }
        return answer;
    }

    private record Endpoint(HttpMethod method, String path, String idParameter) {
    }

    /** The operations whose path has a parameter of format uuid, from {@code /v3/api-docs}. */
    private List<Endpoint> uuidEndpoints() throws Exception {
        JsonNode paths = JSON.readTree(call(null, HttpMethod.GET, "/v3/api-docs", null).getBody()).get("paths");
        List<Endpoint> endpoints = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if (parameter.path("in").asText().equals("path")
                        && parameter.at("/schema/format").asText().equals("uuid")) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
                            parameter.get("name").asText()));
                }
            }
        }));
        return endpoints;
    }
}
