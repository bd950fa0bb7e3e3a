package be.brussels.pan.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.PanServiceApplication;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 on PostgreSQL (V12, its CHECK and the conditional update under real row locks): 50 simultaneous
 * bookings of a 10-seat session give exactly 10 bookings and 40 × 409; a refusal frees a seat. In a schema of its
 * own; skipped without PAN_TEST_PG_URL, failed under CI=true (as {@link PostgresProfileTest}).
 */
class BookingPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("book:pg-Walnut-46-prism".getBytes(StandardCharsets.UTF_8));
    private static final String OFFER = "epn-13-access";

    private final HttpClient client = HttpClient.newHttpClient();
    private int port;

    @Test
    void fiftySimultaneousBookingsOfTenSeatsOnPostgresql() throws Exception {
        TestPostgres pg = TestPostgres.orSkip("booking on it");
        String schema = pg.newSchema("booking");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PanServiceApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0",
                "--PAN_DB_URL=" + pg.urlIn(schema),
                "--PAN_DB_USER=" + pg.user(), "--PAN_DB_PASSWORD=" + pg.password(),
                "--pan.bootstrap-users=book:pg-Walnut-46-prism:COUNSELLOR:Actiris")) {
            port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            UUID roster = UUID.randomUUID();
            jdbc.sql("""
                            insert into rosters (id, created_at, created_by, source, seconds, status, problem_id,
                                problem_json, week) values (?, ?, 'planner', 'UPLOAD', 1, 'DONE', 'pg-booking', '{}', '2040-W10')""")
                    .params(roster, OffsetDateTime.now(ZoneOffset.UTC)).update();
            OffsetDateTime start = OffsetDateTime.now(Week.ZONE).plusDays(7).withHour(9).withMinute(0).withSecond(0)
                    .withNano(0);
            context.getBean(PublishedSessions.class).publish("2040-W10", roster, List.of(new Placement("s-1",
                    SessionKind.WORKSHOP, "fr", null, "21004", "21004", "TUE-1", "epn-13", "EPN", null, start,
                    start.plusMinutes(90), "a-01", "Animator", null, 10)), "planner", OffsetDateTime.now(ZoneOffset.UTC));
            UUID session = jdbc.sql("select id from published_sessions where week = '2040-W10'").query(UUID.class).single();
            String diagnosis = JSON.readTree(send("POST", "/api/v1/diagnoses",
                    Files.readString(Path.of("..", "examples", "requests", "esteban.json"))).body()).get("id").asText();
            String booking = "{\"diagnosisId\":\"" + diagnosis + "\",\"offerId\":\"" + OFFER + "\",\"sessionId\":\""
                    + session + "\"}";

            ExecutorService pool = Executors.newFixedThreadPool(50);
            List<Integer> statuses = new ArrayList<>();
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return send("POST", "/api/v1/referrals", booking).statusCode();
                    }));
                }
                go.countDown();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(10);
            assertThat(statuses.stream().filter(s -> s == 409).count()).as(statuses.toString()).isEqualTo(40);
            assertThat(jdbc.sql("select booked from published_sessions where id = ?").param(session)
                    .query(Integer.class).single()).isEqualTo(10);
            assertThat(jdbc.sql("select count(*) from referrals where session_id = ?").param(session)
                    .query(Integer.class).single()).isEqualTo(10);
            HttpResponse<String> full = send("POST", "/api/v1/referrals", booking);
            assertThat(full.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(full.body()).get("field").asText()).isEqualTo("sessionId");
        } finally {
            pg.execute("drop schema " + schema + " cascade");
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", AUTH).header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json");
        return client.send(request.method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
