package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Disabling a user applies to their open browser sessions too; a name is created once. */
class DisabledUserSessionTest extends ApiTest {

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aDisabledUsersOpenSessionStopsWorking() throws Exception {
        String user = "{\"username\":\"sess.user\",\"password\":\"Nimbus-84-ledger-plum\",\"role\":\"COUNSELLOR\",\"organisation\":\"Actiris\"}";
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", user).getStatusCode().value()).isEqualTo(201);
        String session = signIn("sess.user", "Nimbus-84-ledger-plum");
        assertThat(me(session).statusCode()).isEqualTo(200);

        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users/sess.user/disable", null).getStatusCode().value())
                .isEqualTo(200);

        // It used to go on answering 200 (and accepting diagnoses) until the session expired.
        HttpResponse<String> after = me(session);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void twoCreationsOfOneNameAtTheSameMomentGiveOne201AndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "race." + round;
            List<CompletableFuture<ResponseEntity<String>>> both = new ArrayList<>();
            for (String role : new String[] {"COUNSELLOR", "PARTNER"}) {
                String body = "{\"username\":\"" + name + "\",\"password\":\"Nimbus-84-ledger-plum\",\"role\":\"" + role
                        + "\",\"organisation\":\"Org " + role + "\"}";
                both.add(CompletableFuture.supplyAsync(() -> call("admin", HttpMethod.POST, "/api/v1/admin/users", body)));
            }
            List<Integer> statuses = both.stream().map(f -> f.join().getStatusCode().value()).sorted().toList();
            assertThat(statuses).as(name).containsExactly(201, 409);
        }
    }

    private String signIn(String username, String password) throws Exception {
        return formSignIn(username, password).id();
    }

    private HttpResponse<String> me(String session) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/pages/me")).header("Accept", "application/json")
                .header("Cookie", "SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
