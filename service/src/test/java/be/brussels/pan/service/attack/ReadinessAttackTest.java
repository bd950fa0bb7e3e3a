package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.PanServiceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Attack row "readiness" (issue 15, "Readiness").
 *
 * <p>The attack: call the service while it starts, right after a restart that changed the passwords in
 * {@code PAN_BOOTSTRAP_USERS}. Before: the bootstrap users were written by an {@code ApplicationRunner}, after the
 * web server had opened its port; health said UP 0.6–1.9 s before they existed (valid logins got 401), the revoked
 * password went on working until they were written (2.3 s), and {@code /actuator/health/readiness} was 404. Now: the
 * users are written before the port opens; every other start-up step is covered by a 503 until Spring marks the
 * service ready; the liveness and readiness probes answer, readiness UP only once the database is migrated, the
 * users written and the catalogue and rule base loaded.
 *
 * <p>A client polls the port from before the second start until after it, as fast as it can: the new password
 * must never be refused (401), the old one never accepted (2xx), at any moment a request is answered.
 */
class ReadinessAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OLD = "Orchid-73-lantern-quay";
    private static final String NEW = "Tundra-41-velvet-oar";
    /** Several users, as a real deployment has: writing them (a BCrypt hash each) is what took the time. */
    private static final String OTHERS = ",p1:Cedar-58-ripple-moth:PLANNER:CIN,p2:Cedar-58-ripple-moth:PLANNER:CIN,"
            + "p3:Cedar-58-ripple-moth:PARTNER:epn-13,p4:Cedar-58-ripple-moth:ADMIN:CIN";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    /** One answer seen by the poller: what was asked, and the status. */
    private record Seen(String what, int status, long atNanos) {
    }

    @Test
    void noRequestIsAnsweredWithUsersOrPasswordsOlderThanTheEnvironments() throws Exception {
        String url = "jdbc:h2:mem:ready-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        int port = freePort();
        // ana: polled with her new password; bob: with his old one (two users, so that the failures of the one do
        // not throttle the other's pair).
        try (ConfigurableApplicationContext first = start(port, url,
                "ana:" + OLD + ":COUNSELLOR:Actiris,bob:" + OLD + ":COUNSELLOR:Actiris" + OTHERS)) {
            assertThat(status(port, "/api/v1/offers", "ana", OLD)).isEqualTo(200);
        }

        List<Seen> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                poll(port, seen, "health", "/actuator/health", null, null);
                poll(port, seen, "readiness", "/actuator/health/readiness", null, null);
                poll(port, seen, "new password", "/api/v1/offers", "ana", NEW);
                poll(port, seen, "old password", "/api/v1/offers", "bob", OLD);
            }
        }, "readiness-poller");
        poller.start();
        long started;
        try (ConfigurableApplicationContext second = start(port, url,
                "ana:" + NEW + ":COUNSELLOR:Actiris,bob:" + NEW + ":COUNSELLOR:Actiris" + OTHERS)) {
            started = System.nanoTime();
            Thread.sleep(1_000);
            polling.set(false);
            poller.join();

            assertThat(seen).as("the poller saw the service answer").isNotEmpty();
            assertThat(seen).filteredOn(s -> s.what().equals("new password"))
                    .as("the new password is never refused").noneMatch(s -> s.status() == 401)
                    .anyMatch(s -> s.status() == 200);
            assertThat(seen).filteredOn(s -> s.what().equals("old password"))
                    .as("the revoked password is never accepted").noneMatch(s -> s.status() / 100 == 2);
            assertThat(seen).filteredOn(s -> s.what().equals("readiness"))
                    .as("the readiness probe exists").noneMatch(s -> s.status() == 404)
                    .anyMatch(s -> s.status() == 200);
            // Whatever answered before the start was over was either ready or said it was not.
            assertThat(seen).filteredOn(s -> s.atNanos() < started && s.what().endsWith("password"))
                    .allMatch(s -> s.status() == 200 || s.status() == 401 && s.what().equals("old password")
                            || s.status() == 429 && s.what().equals("old password") || s.status() == 503);

            JsonNode readiness = JSON.readTree(body(port, "/actuator/health/readiness"));
            assertThat(readiness.get("status").asText()).isEqualTo("UP");
            JsonNode startup = readiness.get("components").get("startup");
            assertThat(startup.get("status").asText()).isEqualTo("UP");
            assertThat(startup.get("details").get("databaseMigrated").asBoolean()).isTrue();
            assertThat(startup.get("details").get("usersBootstrapped").asBoolean()).isTrue();
            assertThat(startup.get("details").get("catalogueLoaded").asBoolean()).isTrue();
            assertThat(startup.get("details").get("ruleBaseLoaded").asBoolean()).isTrue();
            assertThat(readiness.get("components").has("db")).isTrue();
            assertThat(JSON.readTree(body(port, "/actuator/health/liveness")).get("status").asText()).isEqualTo("UP");
        } finally {
            polling.set(false);
            poller.join();
        }
    }

    private static ConfigurableApplicationContext start(int port, String url, String users) {
        return new SpringApplicationBuilder(PanServiceApplication.class)
                .run("--server.port=" + port, "--spring.datasource.url=" + url, "--pan.bootstrap-users=" + users);
    }

    private void poll(int port, List<Seen> seen, String what, String path, String user, String password) {
        try {
            int status = status(port, path, user, password);
            seen.add(new Seen(what, status, System.nanoTime()));
        } catch (IOException notListening) {
            // The port is not open (yet, or any more): nothing was answered.
            Thread.onSpinWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int status(int port, String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String body(int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
