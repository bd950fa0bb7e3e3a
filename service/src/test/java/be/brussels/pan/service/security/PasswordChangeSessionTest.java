package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A new password ends the other sessions opened with the old one at their next request; the session that made the
 * change goes on, under a new session id. An administrator's reset ends them all.
 */
class PasswordChangeSessionTest extends ApiTest {

    private static final String FIRST = "Cedar-58-ripple-moth";
    private static final String SECOND = "Tundra-41-velvet-oar";
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aUsersOwnChangeEndsTheirOtherSessionsAndKeepsThisOne() throws Exception {
        create("sess.change");
        String[] here = signIn("sess.change", FIRST);
        String[] elsewhere = signIn("sess.change", FIRST);
        assertThat(me(here[0]).statusCode()).isEqualTo(200);
        assertThat(me(elsewhere[0]).statusCode()).isEqualTo(200);

        HttpResponse<String> change = browser.send(HttpRequest.newBuilder(uri("/api/v1/me/password"))
                .header("Content-Type", "application/json")
                .header("Cookie", "SESSION=" + here[0] + "; XSRF-TOKEN=" + here[1]).header("X-XSRF-TOKEN", here[1])
                .PUT(HttpRequest.BodyPublishers.ofString("{\"current\":\"" + FIRST + "\",\"new\":\"" + SECOND + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(change.statusCode()).as(change.body()).isEqualTo(204);
        String renewed = cookie(change.headers(), "SESSION");
        assertThat(renewed).as("a new session id").isNotNull().isNotEqualTo(here[0]);

        assertThat(me(renewed).statusCode()).isEqualTo(200);
        assertThat(me(elsewhere[0]).statusCode()).isEqualTo(401);
        assertThat(me(here[0]).statusCode()).as("the old id of this session").isEqualTo(401);
    }

    @Test
    void anAdministratorsResetEndsEverySession() throws Exception {
        create("sess.reset");
        String[] session = signIn("sess.reset", FIRST);
        assertThat(me(session[0]).statusCode()).isEqualTo(200);

        assertThat(call("admin", HttpMethod.PUT, "/api/v1/admin/users/sess.reset/password",
                "{\"password\":\"" + SECOND + "\"}").getStatusCode().value()).isEqualTo(204);

        assertThat(me(session[0]).statusCode()).isEqualTo(401);
        assertThat(signIn("sess.reset", SECOND)[0]).isNotNull();
    }

    private void create(String name) {
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", "{\"username\":\"" + name + "\",\"password\":\""
                + FIRST + "\",\"role\":\"COUNSELLOR\",\"organisation\":\"Actiris\"}").getStatusCode().value()).isEqualTo(201);
    }

    /** The session id and the XSRF token of a form sign-in. */
    private String[] signIn(String username, String password) throws Exception {
        FormSession session = formSignIn(username, password);
        return new String[] {session.id(), session.xsrf()};
    }

    private HttpResponse<String> me(String session) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/pages/me")).header("Accept", "application/json")
                .header("Cookie", "SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
