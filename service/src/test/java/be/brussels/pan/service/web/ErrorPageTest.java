package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Errors raised outside the controllers are problems too. */
class ErrorPageTest extends ApiTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String rawPath, String method) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theErrorAddressItselfIsANotFoundProblemNotA500() throws Exception {
        HttpResponse<String> answer = get("/error", "GET");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":404");
    }

    @Test
    void aPathTheFirewallRejectsIsA400Problem() throws Exception {
        // Spring Security's firewall refuses ';' in a path; Spring Boot's error controller answered in its own JSON.
        HttpResponse<String> answer = get("/api/v1/diagnoses/00000000-0000-0000-0000-000000000000;x=1", "GET");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("is refused before it reaches the service").doesNotContain("x=1");
    }

    @Test
    void whatTomcatRefusesBeforeTheApplicationIsAProblemNotAnHtmlPage() throws Exception {
        // An encoded '/' in the path, and a header over Tomcat's 8 KB: Tomcat's own HTML page before.
        HttpResponse<String> slash = get("/api/v1/diagnoses/a%2Fb", "GET");
        HttpResponse<String> header = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("X-Big", "a".repeat(20_000)).GET().build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : java.util.List.of(slash, header)) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.body()).startsWith("{").contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void anUnknownMethodIsAProblem() throws Exception {
        HttpResponse<String> answer = get("/api/v1/diagnoses", "FOO");

        assertThat(answer.statusCode()).isBetween(400, 405);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aLongValueIsQuotedCutInAnError() throws Exception {
        String answer = call("counsellor", org.springframework.http.HttpMethod.GET,
                "/api/v1/diagnoses/" + "a".repeat(3000), null).getBody();

        String detail = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer).get("detail").asText();
        assertThat(detail).contains("'" + "a".repeat(40) + "…'").doesNotContain("a".repeat(41));
    }
}
