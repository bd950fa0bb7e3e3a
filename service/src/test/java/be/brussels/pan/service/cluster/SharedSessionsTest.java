package be.brussels.pan.service.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.TwoInstances;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: browser sessions live in the shared database (Spring Session JDBC), so that a balancer may send a
 * signed-in browser to either instance. Before, a session lived in one Tomcat's memory: the other instance answered
 * 401 and the user had to sign in again.
 */
class SharedSessionsTest {

    private static final String PASSWORD = "load-Ember-71-quiver";
    private static final String USERS = "ana:" + PASSWORD + ":COUNSELLOR:Actiris,adm:" + PASSWORD + ":ADMIN:CIN";
    private static final String DIAGNOSIS = "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\","
            + "\"onlineProcedures\":\"CANNOT\"},\"profile\":{\"postcode\":\"1080\"}}";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionOpenedOnOneInstanceIsServedByTheOtherAndEndsOnBoth() throws Exception {
        try (TwoInstances cluster = TwoInstances.onOneDatabase("sessions")) {
            cluster.start("--pan.bootstrap-users=" + USERS);
            cluster.start("--pan.bootstrap-users=" + USERS);

            // Signed in on the first instance.
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(cluster.uri(0, "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String xsrf = cookie(page.headers(), "XSRF-TOKEN");
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(cluster.uri(0, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=ana&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + xsrf))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            String setCookie = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("SESSION="))
                    .findFirst().orElseThrow();
            assertThat(setCookie.toLowerCase()).contains("httponly", "samesite=lax");
            assertThat(login.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
            String session = cookie(login.headers(), "SESSION");
            assertThat(cluster.jdbc().sql("select principal_name from spring_session").query(String.class).list())
                    .containsExactly("ana");

            // Served by the second instance, reads and (with the token) writes.
            HttpResponse<String> me = me(cluster, 1, session);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"role\":\"COUNSELLOR\"", "\"organisation\":\"Actiris\"");
            HttpResponse<String> withoutToken = post(cluster, 1, "/api/v1/diagnoses", "SESSION=" + session, null);
            assertThat(withoutToken.statusCode()).as("the SESSION cookie still needs the CSRF token").isEqualTo(403);
            HttpResponse<String> created = post(cluster, 1, "/api/v1/diagnoses",
                    "SESSION=" + session + "; XSRF-TOKEN=" + xsrf, xsrf);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(me(cluster, 0, session).statusCode()).isEqualTo(200);

            // Signed out on the second: the first no longer knows the session either.
            HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(cluster.uri(1, "/logout"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "SESSION=" + session + "; XSRF-TOKEN=" + xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + xsrf)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(logout.statusCode() / 100).as("signed out: 204, or 302 to the login page").isIn(2, 3);
            assertThat(me(cluster, 0, session).statusCode()).isEqualTo(401);
            assertThat(cluster.jdbc().sql("select count(*) from spring_session").query(Long.class).single()).isZero();
        }
    }

    @Test
    void basicClientsOpenNoSession() throws Exception {
        try (TwoInstances cluster = TwoInstances.onOneDatabase("basic")) {
            cluster.start("--pan.bootstrap-users=" + USERS);
            String basic = "Basic " + Base64.getEncoder().encodeToString(("ana:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> created = browser.send(HttpRequest.newBuilder(cluster.uri(0, "/api/v1/diagnoses"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            HttpResponse<String> read = browser.send(HttpRequest.newBuilder(cluster.uri(0, "/api/v1/offers"))
                    .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);

            // No session row per Basic request: machine clients are most of the traffic.
            assertThat(created.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("SESSION="));
            assertThat(read.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("SESSION="));
            assertThat(cluster.jdbc().sql("select count(*) from spring_session").query(Long.class).single()).isZero();
        }
    }

    private HttpResponse<String> me(TwoInstances cluster, int instance, String session) throws Exception {
        return browser.send(HttpRequest.newBuilder(cluster.uri(instance, "/pages/me")).header("Accept", "application/json")
                .header("Cookie", "SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(TwoInstances cluster, int instance, String path, String cookies, String xsrf)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(cluster.uri(instance, path))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS));
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpHeaders headers, String name) {
        for (String c : headers.allValues("set-cookie")) {
            if (c.startsWith(name + "=")) {
                int end = c.indexOf(';');
                return c.substring(name.length() + 1, end > 0 ? end : c.length());
            }
        }
        return null;
    }
}
