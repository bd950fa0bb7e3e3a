package be.brussels.pan.service.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the API tests: the real service on a random port, over real HTTP, with an in-memory H2
 * database of its own and one user per role (two social workers of two different CPAS).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "pan.bootstrap-users=" + ApiTest.USERS})
public abstract class ApiTest {

    public static final String PASSWORD = "kiwi-Stapler-93-vortex";
    public static final String USERS = "counsellor:" + PASSWORD + ":COUNSELLOR:Actiris,"
            + "sw-molenbeek:" + PASSWORD + ":SOCIAL_WORKER:CPAS Molenbeek,"
            + "sw-anderlecht:" + PASSWORD + ":SOCIAL_WORKER:CPAS Anderlecht,"
            + "partner-sks:" + PASSWORD + ":PARTNER:epn-13,"
            + "planner:" + PASSWORD + ":PLANNER:CIN,"
            + "admin:" + PASSWORD + ":ADMIN:CIN";

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    protected ResponseEntity<String> call(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, PASSWORD);
        }
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (json != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange("http://localhost:" + port + path, method, new HttpEntity<>(json, headers), String.class);
    }

    protected long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The value of a cookie the answer sets ({@code Set-Cookie}), or null. */
    protected static String cookie(java.net.http.HttpHeaders headers, String name) {
        for (String c : headers.allValues("set-cookie")) {
            if (c.startsWith(name + "=")) {
                int end = c.indexOf(';');
                return c.substring(name.length() + 1, end > 0 ? end : c.length());
            }
        }
        return null;
    }

    /** A browser session of a form sign-in: its {@code SESSION} and the XSRF token the login page set. */
    protected record FormSession(String id, String xsrf) {
    }

    /** Signs in through the login form, as a browser does (the page's XSRF token, then the form); fails unless it works. */
    protected FormSession formSignIn(String username, String password) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(uri("/login")).GET()
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page.headers(), "XSRF-TOKEN");
        String form = "username=" + username + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + xsrf;
        java.net.http.HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(login.statusCode()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(login.headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        return new FormSession(cookie(login.headers(), "SESSION"), xsrf);
    }

    protected java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }
}
