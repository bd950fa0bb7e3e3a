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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's roster solves across two instances of the service on one database: two Spring contexts ("pan-a" and
 * "pan-b", each with its own web server, solver and cluster thread) on the database a subclass names (H2 in
 * {@link RosterClusterTest}, PostgreSQL in {@code RosterClusterPostgresTest}). A solve runs on one; the other reads
 * it, stops it and counts it against the one bound; a dead instance's solve is failed by the sweep and restarted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RosterClusterChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "load-Ember-71-quiver";
    private static final String PROBLEM = RosterJson.write(
            ProblemGenerator.generate(Dimensions.forSessions(10), 7, true).problem());

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> started = new ArrayList<>();
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    /** The arguments that put an instance on the shared database (and its profile). */
    protected abstract List<String> databaseArguments() throws Exception;

    /** Drops what {@link #databaseArguments()} made, after both instances stopped. */
    protected void dropDatabase() throws Exception {
    }

    @BeforeAll
    void startTwoInstances() throws Exception {
        a = start("pan-a");
        b = start("pan-b");
    }

    private ConfigurableApplicationContext start(String instance) throws Exception {
        List<String> args = new ArrayList<>(databaseArguments());
        args.addAll(List.of("--server.port=0", "--pan.rosters.instance-id=" + instance,
                // A sweep every second: a dead instance's roster is failed at once in the test (its heartbeat is old).
                "--pan.rosters.sweep-interval=PT1S",
                "--pan.bootstrap-users=planner:" + PASSWORD + ":PLANNER:CIN,counsellor:" + PASSWORD
                        + ":COUNSELLOR:Actiris"));
        return new SpringApplicationBuilder(PanServiceApplication.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    void stopThem() throws Exception {
        try {
            Stream.of(a, b).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
        } finally {
            dropDatabase();
        }
    }

    /** No test leaves a solve running, nor a live SOLVING row counting against the bound, for the next one. */
    @AfterEach
    void stopEverything() throws Exception {
        for (String id : started) {
            send(a, "planner", "DELETE", "/api/v1/rosters/" + id, null);
        }
        started.clear();
        jdbc().sql("update rosters set status = 'FAILED', failure = 'test' where status = 'SOLVING'").update();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (solves(a).running() + solves(b).running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(solves(a).running() + solves(b).running()).isZero();
    }

    @Test
    void aSolveOnOneInstanceIsReadAndStoppedFromTheOther() throws Exception {
        String id = submit(a, 202).get("id").asText();
        assertThat(jdbc().sql("select instance_id from rosters where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("pan-a");

        JsonNode best = awaitBest(b, id);
        assertThat(best.get("status").asText()).isEqualTo("SOLVING");
        assertThat(best.at("/solution/assignments").size() + best.at("/solution/unassigned").size()).isEqualTo(10);
        assertThat(best.get("score")).isEqualTo(best.at("/solution/score"));
        assertThat(best.has("solveMillis")).isFalse();

        long start = System.nanoTime();
        HttpResponse<String> stopped = send(b, "planner", "DELETE", "/api/v1/rosters/" + id, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(stopped.statusCode()).isEqualTo(200);
        JsonNode state = JSON.readTree(stopped.body());
        assertThat(state.get("status").asText()).as("stopped on pan-a, its best kept").isEqualTo("DONE");
        assertThat(state.at("/solution/assignments").size() + state.at("/solution/unassigned").size()).isEqualTo(10);
        assertThat(took).as("within the poll interval, a step and the final write").isLessThan(Duration.ofSeconds(5));
        assertThat(send(a, "planner", "GET", "/api/v1/rosters/" + id, null).body()).isEqualTo(stopped.body());
        assertThat(solves(a).running()).isZero();
    }

    @Test
    void theBoundOnConcurrentSolvesHoldsAcrossInstances() throws Exception {
        assertThat(solves(a).maxConcurrent()).isEqualTo(2);
        String first = submit(a, 202).get("id").asText();
        String second = submit(b, 202).get("id").asText();
        long before = jdbc().sql("select count(*) from rosters").query(Long.class).single();

        JsonNode onA = submit(a, 429);
        JsonNode onB = submit(b, 429);

        assertThat(onA.get("maxConcurrentSolves").asInt()).isEqualTo(2);
        assertThat(onB.get("maxConcurrentSolves").asInt()).isEqualTo(2);
        assertThat(jdbc().sql("select count(*) from rosters").query(Long.class).single()).isEqualTo(before);
        assertThat(solves(a).running()).isEqualTo(1);
        assertThat(solves(b).running()).isEqualTo(1);

        assertThat(JSON.readTree(send(a, "planner", "DELETE", "/api/v1/rosters/" + second, null).body())
                .get("status").asText()).isEqualTo("DONE");
        submit(b, 202);
        submit(a, 429);
        assertThat(first).isNotEqualTo(second);
    }

    /** Six submissions at once, three on each instance: the admission lock lets exactly the bound's two in. */
    @Test
    void concurrentSubmissionsOnBothInstancesAdmitExactlyTheBound() throws Exception {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
                answers.add(callers.submit(() -> {
                    go.await();
                    return send(instance, "planner", "POST", "/api/v1/rosters?seconds=120", PROBLEM);
                }));
            }
            go.countDown();
            int accepted = 0;
            int refused = 0;
            for (var answer : answers) {
                HttpResponse<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                if (response.statusCode() == 202) {
                    accepted++;
                    started.add(JSON.readTree(response.body()).get("id").asText());
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
                    refused++;
                }
            }
            assertThat(accepted).isEqualTo(2);
            assertThat(refused).isEqualTo(4);
            assertThat(jdbc().sql("select count(*) from rosters where status = 'SOLVING'").query(Long.class).single())
                    .isEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aDeadInstancesSolveIsFailedByTheSweepAndCanBeRestartedOnAnother() throws Exception {
        UUID dead = UUID.randomUUID();
        jdbc().sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,"
                        + " week, sessions_total, instance_id, heartbeat_at)"
                        + " values (?, ?, 'planner', 'PROBLEM', 2, 'SOLVING', 'illustrative-10-seed7-feasible', ?,"
                        + " '2026-W49', 10, 'pan-dead', ?)")
                .params(dead, OffsetDateTime.now(), PROBLEM, OffsetDateTime.now().minusMinutes(5)).update();

        JsonNode failed = await(b, dead.toString(), s -> !s.get("status").asText().equals("SOLVING"),
                Duration.ofSeconds(20));
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).startsWith("its instance stopped: no heartbeat for over 30 s");
        assertThat(jdbc().sql("select finished_at from rosters where id = ?").param(dead)
                .query(OffsetDateTime.class).single()).isNotNull();

        HttpResponse<String> restarted = send(a, "planner", "POST", "/api/v1/rosters/" + dead + "/restart", null);

        assertThat(restarted.statusCode()).isEqualTo(202);
        String again = JSON.readTree(restarted.body()).get("id").asText();
        started.add(again);
        assertThat(restarted.headers().firstValue("Location")).hasValue("/api/v1/rosters/" + again);
        assertThat(restarted.body()).isEqualTo("{\"id\":\"" + again + "\",\"status\":\"SOLVING\"}");
        JsonNode done = await(b, again, s -> !s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(60));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("restartOf").asText()).isEqualTo(dead.toString());
        assertThat(done.get("problemId").asText()).isEqualTo("illustrative-10-seed7-feasible");
        JsonNode old = JSON.readTree(send(b, "planner", "GET", "/api/v1/rosters/" + dead, null).body());
        assertThat(old.get("restartedAs").asText()).isEqualTo(again);
        assertThat(old.get("status").asText()).as("the FAILED roster stays as it was").isEqualTo("FAILED");
        assertThat(jdbc().sql("select seconds, source, week, created_by from rosters where id = ?")
                .param(UUID.fromString(again))
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .single()).isEqualTo("2 PROBLEM 2026-W49 planner");

        HttpResponse<String> twice = send(b, "planner", "POST", "/api/v1/rosters/" + dead + "/restart", null);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(twice.body()).get("detail").asText())
                .isEqualTo("roster " + dead + " was restarted already as roster " + again);
        HttpResponse<String> notFailed = send(b, "planner", "POST", "/api/v1/rosters/" + again + "/restart", null);
        assertThat(notFailed.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(notFailed.body()).get("detail").asText())
                .isEqualTo("roster " + again + " is DONE: only a FAILED roster can be restarted");
        assertThat(send(b, "planner", "POST", "/api/v1/rosters/" + UUID.randomUUID() + "/restart", null).statusCode())
                .isEqualTo(404);
        assertThat(send(b, "counsellor", "POST", "/api/v1/rosters/" + dead + "/restart", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> malformed = send(b, "planner", "POST", "/api/v1/rosters/not-an-id/restart", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("field").asText()).isEqualTo("id");
    }

    /**
     * A solve whose row the sweep failed (its heartbeat was late: a long pause, a lost database) is stopped by its
     * instance, and its end does not overwrite the FAILED row, which another instance may have restarted.
     */
    @Test
    void aSolveWhoseRowWasSweptIsStoppedAndItsEndNotStored() throws Exception {
        String id = submit(a, 202).get("id").asText();
        awaitBest(b, id);

        for (int i = 0; i < 5 && !status(id).equals("FAILED"); i++) {
            jdbc().sql("update rosters set heartbeat_at = ? where id = ?")
                    .params(OffsetDateTime.now().minusMinutes(5), UUID.fromString(id)).update();
            solves(b).sweep();
        }

        assertThat(status(id)).isEqualTo("FAILED");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (solves(a).running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(solves(a).running()).as("pan-a stopped it").isZero();
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(jdbc().sql("select count(*) from rosters where id = ? and solve_millis is null")
                .param(UUID.fromString(id)).query(Long.class).single()).as("its end was not stored").isEqualTo(1);
    }

    /** A restarted instance with a configured id fails its own previous run's rosters, never another instance's. */
    @Test
    void atStartUpAnInstanceFailsOnlyItsOwnLeftovers() throws Exception {
        UUID mine = leftover("pan-a");
        UUID theirs = leftover("pan-b");

        a.getBean(RosterStartup.class).run(null);

        assertThat(status(mine.toString())).isEqualTo("FAILED");
        assertThat(JSON.readTree(send(b, "planner", "GET", "/api/v1/rosters/" + mine, null).body()).get("failure")
                .asText()).isEqualTo("the service stopped before the solve ended");
        assertThat(status(theirs.toString())).as("pan-b's, heartbeat fresh: left alone").isEqualTo("SOLVING");
    }

    private UUID leftover(String instance) {
        UUID id = UUID.randomUUID();
        jdbc().sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,"
                        + " instance_id, heartbeat_at)"
                        + " values (?, ?, 'planner', 'PROBLEM', 30, 'SOLVING', 'p', ?, ?, current_timestamp)")
                .params(id, OffsetDateTime.now(), PROBLEM, instance).update();
        return id;
    }

    private String status(String id) {
        return jdbc().sql("select status from rosters where id = ?").param(UUID.fromString(id)).query(String.class)
                .single();
    }

    private JsonNode submit(ConfigurableApplicationContext instance, int expected) throws Exception {
        HttpResponse<String> answer = send(instance, "planner", "POST", "/api/v1/rosters?seconds=120", PROBLEM);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        JsonNode body = JSON.readTree(answer.body());
        if (expected == 202) {
            started.add(body.get("id").asText());
        }
        return body;
    }

    private JsonNode awaitBest(ConfigurableApplicationContext instance, String id) throws Exception {
        return await(instance, id, s -> !s.get("solution").isNull(), Duration.ofSeconds(30));
    }

    private JsonNode await(ConfigurableApplicationContext instance, String id,
                           java.util.function.Predicate<JsonNode> until, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> answer = send(instance, "planner", "GET", "/api/v1/rosters/" + id, null);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode state = JSON.readTree(answer.body());
            if (until.test(state)) {
                return state;
            }
            assertThat(System.nanoTime()).as("roster %s: %s", id, answer.body()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> send(ConfigurableApplicationContext instance, String user, String method,
                                      String path, String body) throws Exception {
        int port = ((ServletWebServerApplicationContext) instance).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static RosterSolves solves(ConfigurableApplicationContext instance) {
        return instance.getBean(RosterSolves.class);
    }

    private JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }
}
