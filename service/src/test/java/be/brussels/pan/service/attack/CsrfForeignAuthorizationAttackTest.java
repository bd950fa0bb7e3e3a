package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

/**
 * Attack row "CSRF with a foreign Authorization header" (issue 15, item 5).
 *
 * <p>The attack: a browser holds a signed-in session (its SESSION cookie); a request that carries that cookie
 * and any Authorization header at all, {@code Authorization: x}, changes state without the CSRF token.
 *
 * <p>Before: the CSRF filter skipped the token for every request with an Authorization header, whether or not the
 * header authenticated anything. {@code Authorization: x} is not Basic, so Basic authentication ignored it and the
 * session authenticated the request: a diagnosis was stored, a user disabled, with no token. The login form took
 * a sign-in with no token the same way.
 *
 * <p>Now: the token is skipped only for a request HTTP Basic actually authenticated. A header that is not Basic
 * leaves the request to its session, which needs the token: 403. Basic credentials are checked even when the
 * session holds that very user (Basic used to skip the check then): wrong ones are a 401. Nothing is stored
 * either way. Right Basic credentials, and the session with its token, still work.
 */
class CsrfForeignAuthorizationAttackTest extends ApiTest {

    private static final String DIAGNOSIS = "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"x", "Bearer abc", "Digest username=\"counsellor\"", "Basic", "Basic !!!",
            "Basic Y291bnNlbGxvcg==", // counsellor, no password
            "BASIC-counsellor:wrong", "Basic Y291bnNlbGxvcjp3cm9uZy1wYXNzd29yZA==", // counsellor:wrong-password
            "basic Y291bnNlbGxvcjp3cm9uZy1wYXNzd29yZA==", "Basic bm9ib2R5Om5vdGhpbmc="}) // nobody:nothing
    void aSessionWithAnAuthorizationHeaderThatDoesNotAuthenticateStillNeedsTheToken(String authorization) throws Exception {
        Session session = signIn("counsellor");
        long before = rows("diagnoses");

        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/v1/diagnoses"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", session.cookies()).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS)));

        // 403 for want of the token, or 401 where the Basic credentials themselves are refused: never stored.
        assertThat(forged.statusCode()).as(forged.body()).isIn(401, 403);
        assertThat(rows("diagnoses")).isEqualTo(before);
    }

    @Test
    void theSessionsOwnUserNameWithAWrongPasswordIsRefused() throws Exception {
        Session session = signIn("counsellor");
        long before = rows("diagnoses");

        // Basic used not to check a user the session already held: this posted as the counsellor, with no token.
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/v1/diagnoses"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", session.cookies()).header("Authorization", basic("counsellor", "wrong-password"))
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS)));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(rows("diagnoses")).isEqualTo(before);
        // The session itself is untouched: with its token, it goes on working.
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/diagnoses")).header("Content-Type", "application/json")
                .header("Cookie", session.cookies()).header("X-XSRF-TOKEN", session.xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS))).statusCode()).isEqualTo(201);
    }

    @Test
    void anAdministratorsSessionDisablesNoUserWithAForeignHeader() throws Exception {
        Session session = signIn("admin");

        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/v1/admin/users/planner/disable"))
                .header("Cookie", session.cookies()).header("Authorization", "x")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(call("admin", HttpMethod.GET, "/api/v1/admin/users/planner", null).getBody()).contains("\"enabled\":true");
    }

    @Test
    void theLoginFormNeedsItsTokenWhateverTheAuthorizationHeader() throws Exception {
        String form = "username=counsellor&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        for (String authorization : new String[] {"x", basic("counsellor", PASSWORD)}) {
            HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(form)));

            assertThat(login.statusCode()).as(authorization).isEqualTo(403);
            assertThat(cookie(login.headers(), "SESSION")).as(authorization).isNull();
        }
    }

    @Test
    void whatAuthenticatesStillWorks() throws Exception {
        Session session = signIn("counsellor");
        long before = rows("diagnoses");

        // Right Basic credentials, with or without a session: Basic authenticated the request.
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/diagnoses")).header("Content-Type", "application/json")
                .header("Cookie", session.cookies()).header("Authorization", basic("counsellor", PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS))).statusCode()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/diagnoses")).header("Content-Type", "application/json")
                .header("Authorization", basic("sw-molenbeek", PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS))).statusCode()).isEqualTo(201);
        // The session with its token, whatever else it sends.
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/diagnoses")).header("Content-Type", "application/json")
                .header("Cookie", session.cookies()).header("X-XSRF-TOKEN", session.xsrf()).header("Authorization", "x")
                .POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS))).statusCode()).isEqualTo(201);
        assertThat(rows("diagnoses")).isEqualTo(before + 3);
    }

    /**
     * The same header against the check that ends a disabled user's session: it skipped every request with an
     * Authorization header, taking it for one Basic had just authenticated, so {@code Authorization: x} kept a
     * disabled user's session working. Now it skips only what Basic authenticated.
     */
    @Test
    void aDisabledUsersSessionIsNotKeptAliveByAForeignHeader() throws Exception {
        String password = "Quartz-lantern-7-moss";
        String user = "{\"username\":\"foreign.header\",\"password\":\"" + password
                + "\",\"role\":\"COUNSELLOR\",\"organisation\":\"Actiris\"}";
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", user).getStatusCode().value()).isEqualTo(201);
        Session session = signIn("foreign.header", password);
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users/foreign.header/disable", null).getStatusCode().value())
                .isEqualTo(200);

        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/pages/me")).header("Accept", "application/json")
                .header("Cookie", session.cookies()).header("Authorization", "x").GET());

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.body()).doesNotContain("COUNSELLOR");
    }

    /** A signed-in browser: its cookies as it sends them, and the XSRF token its pages echo. */
    private record Session(String id, String xsrf) {
        String cookies() {
            return "SESSION=" + id + "; XSRF-TOKEN=" + xsrf;
        }
    }

    private Session signIn(String user) throws Exception {
        return signIn(user, PASSWORD);
    }

    private Session signIn(String user, String password) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET());
        String xsrf = cookie(page.headers(), "XSRF-TOKEN");
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + xsrf;
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookie(login.headers(), "SESSION");
        assertThat(session).isNotNull();
        // Signing in replaces the token: the next page load sets the new one.
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/diagnosis.html")).header("Cookie", "SESSION=" + session).GET());
        assertThat(home.statusCode()).isEqualTo(200);
        String fresh = cookie(home.headers(), "XSRF-TOKEN");
        return new Session(session, fresh != null ? fresh : xsrf);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
