package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** A browser session may call the API only with the CSRF token; a Basic client needs none. */
class SessionCsrfTest extends ApiTest {

    private static final String BODY = "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}";
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSignedInBrowserPostsWithTheTokenAndIsRefusedWithout() throws Exception {
        // The login page sets the XSRF-TOKEN cookie; the form posts it back.
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page.headers(), "XSRF-TOKEN");
        String form = "username=counsellor&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + xsrf;
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookie(login.headers(), "SESSION");
        assertThat(session).isNotNull();

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(uri("/api/v1/diagnoses"))
                .header("Content-Type", "application/json").header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSRF token is missing or does not match").doesNotContain("role");

        HttpResponse<String> accepted = browser.send(HttpRequest.newBuilder(uri("/api/v1/diagnoses"))
                .header("Content-Type", "application/json").header("Cookie", "SESSION=" + session + "; XSRF-TOKEN=" + xsrf)
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(201);
    }

    @Test
    void aBasicClientNeedsNoToken() {
        assertThat(call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", BODY).getStatusCode().value()).isEqualTo(201);
    }
}
