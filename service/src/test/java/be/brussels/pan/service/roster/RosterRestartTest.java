package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.service.PanServiceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rosters live in the H2 file: a finished roster reads the same after a restart, and a solve still running at
 * a (graceful) stop is ended early and stored with its best solution.
 */
class RosterRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USERS = "paula:restart-Juniper-84-crest:PLANNER:CIN";

    @Test
    void aFinishedRosterSurvivesARestart(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("pan").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        String problem = JSON.writeValueAsString(JSON.readTree(RosterJson.write(
                ProblemGenerator.generate(Dimensions.forSessions(6), 3, true).problem())));
        String finished;
        String running;
        JsonNode before;
        try (ConfigurableApplicationContext first = start(url)) {
            int port = port(first);
            finished = JSON.readTree(send(port, "POST", "/api/v1/rosters?seconds=1", problem).body()).get("id").asText();
            before = await(port, finished);
            HttpResponse<String> long_ = send(port, "POST", "/api/v1/rosters?seconds=300", problem);
            assertThat(long_.statusCode()).isEqualTo(202);
            running = JSON.readTree(long_.body()).get("id").asText();
            Thread.sleep(500);
        }
        try (ConfigurableApplicationContext second = start(url)) {
            int port = port(second);
            HttpResponse<String> read = send(port, "GET", "/api/v1/rosters/" + finished, null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(read.body()).get("solution")).isEqualTo(before.get("solution"));
            assertThat(send(port, "GET", "/api/v1/rosters/" + finished + ".csv", null).statusCode()).isEqualTo(200);

            JsonNode stopped = JSON.readTree(send(port, "GET", "/api/v1/rosters/" + running, null).body());
            assertThat(stopped.get("status").asText()).isEqualTo("DONE");
            assertThat(stopped.at("/solution/problemId").asText()).isEqualTo("illustrative-6-seed3-feasible");
        }
    }

    private static JsonNode await(int port, String id) throws Exception {
        for (int i = 0; i < 300; i++) {
            JsonNode state = JSON.readTree(send(port, "GET", "/api/v1/rosters/" + id, null).body());
            if (!state.get("status").asText().equals("SOLVING")) {
                assertThat(state.get("status").asText()).isEqualTo("DONE");
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("roster " + id + " still solving");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(PanServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--pan.bootstrap-users=" + USERS);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> send(int port, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("paula:restart-Juniper-84-crest".getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
