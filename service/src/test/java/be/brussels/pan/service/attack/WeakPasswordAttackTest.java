package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.service.PanServiceApplication;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attack row "weak passwords" (issue 15, "Passwords").
 *
 * <p>The attack: give an account, an ADMIN one too, a password an attacker guesses first. Before: any 8
 * characters were accepted ({@code password}, {@code 12345678}, eight spaces), through the admin API and
 * {@code PAN_BOOTSTRAP_USERS} alike, and a password could be changed only by restarting with new environment
 * variables. Now: at least 12 characters and an nbvcxz estimate of at least 35 bits, wherever a password is set:
 * the admin API (creation and reset: 400 naming the field), a user's own change (400 naming {@code new}), and
 * {@code PAN_BOOTSTRAP_USERS} (the start fails, naming the entry and the user). No message repeats the password.
 */
class WeakPasswordAttackTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "        ", "password1234", "Password123!", "aaaaaaaaaaaaaaaa",
            "qwertyuiop12", "admin-admin-admin", "P@ssw0rd2026"})
    void anAdministratorCannotCreateAnAccountWithAPasswordGuessedFirst(String weak) throws Exception {
        for (String role : new String[] {"COUNSELLOR", "ADMIN"}) {
            String name = "weak-" + UUID.randomUUID().toString().substring(0, 8);
            ObjectNode body = JSON.createObjectNode().put("username", name).put("password", weak).put("role", role)
                    .put("organisation", "CIN");
            ResponseEntity<String> created = call("admin", HttpMethod.POST, "/api/v1/admin/users", body.toString());

            // It used to be a 201 for each of these, ADMIN included.
            assertThat(created.getStatusCode().value()).as(role + " " + weak).isEqualTo(400);
            JsonNode problem = JSON.readTree(created.getBody());
            assertThat(problem.get("field").asText()).isEqualTo("password");
            if (!weak.isBlank()) {
                // The detail starts with the field's name, "password: ", which one of these passwords is.
                assertThat(problem.get("detail").asText().substring("password: ".length())).doesNotContain(weak);
                assertThat(created.getBody().replace("\"password\"", "").replace("password: ", "")).doesNotContain(weak);
            }
            assertThat(jdbc.sql("select count(*) from users where username = ?").param(name).query(Long.class).single())
                    .isZero();
        }
    }

    @Test
    void aPasswordOfTheWrongTypeIsRefusedWithoutBeingRepeated() throws Exception {
        ResponseEntity<String> created = call("admin", HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"weak.type\",\"password\":123456789012345,\"role\":\"PLANNER\",\"organisation\":\"CIN\"}");
        assertThat(created.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(created.getBody()).get("field").asText()).isEqualTo("password");
        assertThat(created.getBody()).doesNotContain("123456789012345");
    }

    @Test
    void aResetAndAUsersOwnChangeFollowTheSameRules() throws Exception {
        ResponseEntity<String> reset = call("admin", HttpMethod.PUT, "/api/v1/admin/users/planner/password",
                "{\"password\":\"password1234\"}");
        assertThat(reset.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(reset.getBody()).get("field").asText()).isEqualTo("password");
        assertThat(reset.getBody()).doesNotContain("password1234");

        ResponseEntity<String> own = call("planner", HttpMethod.PUT, "/api/v1/me/password",
                "{\"current\":\"" + PASSWORD + "\",\"new\":\"planner-planner\"}");
        assertThat(own.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(own.getBody()).get("field").asText()).isEqualTo("new");
        assertThat(own.getBody()).doesNotContain("planner-planner").doesNotContain(PASSWORD);
        // Nothing changed: the old password still works.
        assertThat(call("planner", HttpMethod.GET, "/api/v1/offers", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aWeakBootstrapPasswordStopsTheStartNamingTheUserNeverThePassword() {
        String url = "jdbc:h2:mem:weak-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        assertThatThrownBy(() -> new SpringApplicationBuilder(PanServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--pan.bootstrap-users=ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris,boss:password1234:ADMIN:CIN"))
                .satisfies(e -> {
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    assertThat(root).isInstanceOf(IllegalArgumentException.class);
                    assertThat(root.getMessage()).contains("PAN_BOOTSTRAP_USERS entry 2 (user boss)")
                            .contains("password").contains("too easy to guess").doesNotContain("password1234");
                });
    }

    @Test
    void anAdministratorResetsAPasswordAndTheOldOneStopsAtOnce() throws Exception {
        String name = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "Cedar-58-ripple-moth";
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", JSON.createObjectNode().put("username", name)
                .put("password", first).put("role", "PARTNER").put("organisation", "epn-13").toString())
                .getStatusCode().value()).isEqualTo(201);
        assertThat(as(name, first).getStatusCode().value()).isEqualTo(200);

        String second = "Tundra-41-velvet-oar";
        assertThat(call("admin", HttpMethod.PUT, "/api/v1/admin/users/" + name + "/password",
                "{\"password\":\"" + second + "\"}").getStatusCode().value()).isEqualTo(204);

        // The user was remembered for Basic clients a moment ago: the reset drops that at once.
        assertThat(as(name, first).getStatusCode().value()).isEqualTo(401);
        assertThat(as(name, second).getStatusCode().value()).isEqualTo(200);
        assertThat(call("admin", HttpMethod.PUT, "/api/v1/admin/users/nobody-here/password",
                "{\"password\":\"" + second + "\"}").getStatusCode().value()).isEqualTo(404);
        assertThat(call("planner", HttpMethod.PUT, "/api/v1/admin/users/" + name + "/password",
                "{\"password\":\"" + second + "\"}").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheOldOneStopsAtOnce() throws Exception {
        String name = "own-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "Cedar-58-ripple-moth";
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", JSON.createObjectNode().put("username", name)
                .put("password", first).put("role", "SOCIAL_WORKER").put("organisation", "CPAS Uccle").toString())
                .getStatusCode().value()).isEqualTo(201);
        String second = "Tundra-41-velvet-oar";

        ResponseEntity<String> wrong = change(name, first, "{\"current\":\"not-my-password-at-all\",\"new\":\"" + second + "\"}");
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.getBody()).get("field").asText()).isEqualTo("current");
        assertThat(wrong.getBody()).doesNotContain("not-my-password-at-all").doesNotContain(second);
        ResponseEntity<String> same = change(name, first, "{\"current\":\"" + first + "\",\"new\":\"" + first + "\"}");
        assertThat(same.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(same.getBody()).get("field").asText()).isEqualTo("new");
        ResponseEntity<String> unknown = change(name, first, "{\"current\":\"" + first + "\",\"neu\":\"" + second + "\"}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);

        assertThat(change(name, first, "{\"current\":\"" + first + "\",\"new\":\"" + second + "\"}").getStatusCode().value())
                .isEqualTo(204);
        assertThat(as(name, first).getStatusCode().value()).isEqualTo(401);
        assertThat(as(name, second).getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> change(String user, String password, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(uri("/api/v1/me/password"), HttpMethod.PUT, new org.springframework.http.HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> as(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        return http.exchange(uri("/api/v1/offers"), HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers),
                String.class);
    }
}
