package be.brussels.pan.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.PanServiceApplication;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.notification.Mail;
import be.brussels.pan.service.notification.NotificationKind;
import be.brussels.pan.service.notification.NotificationOutbox;
import be.brussels.pan.service.referral.ReferralStore;
import be.brussels.pan.service.retention.Removed;
import be.brussels.pan.service.retention.Retention;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15's retention job and erasure on PostgreSQL (V17, its row locks and its indexes): an old case with a booked
 * seat, a refusal and a mail is removed whole while the statistics of its day stay the same; a run again removes
 * nothing; an erasure removes a reference's case and is audited; the backup endpoint says to use pg_dump; and the
 * queries that find a reference's diagnoses, a diagnosis's referrals and a referral's mails can use V17's indexes. In a
 * schema of its own; skipped without PAN_TEST_PG_URL, failed under CI=true (as {@link PostgresProfileTest}).
 */
class RetentionPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USERS = "coun:pg-Walnut-46-prism:COUNSELLOR:Actiris,part:pg-Walnut-46-prism:PARTNER:epn-13,"
            + "adm:pg-Walnut-46-prism:ADMIN:CIN";

    private final HttpClient client = HttpClient.newHttpClient();
    private int port;

    @Test
    void retentionAndErasureWorkOnPostgresqlAndTheirQueriesCanUseTheIndexes() throws Exception {
        TestPostgres pg = TestPostgres.orSkip("retention and erasure on it");
        String schema = pg.newSchema("retention");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PanServiceApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0",
                "--PAN_DB_URL=" + pg.urlIn(schema),
                "--PAN_DB_USER=" + pg.user(), "--PAN_DB_PASSWORD=" + pg.password(),
                "--pan.bootstrap-users=" + USERS)) {
            port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            UUID session = session(context, jdbc);

            // an old case: booked, accepted (then scheduled by its session), a mail; and a case to erase
            String old = diagnosis("PG-OLD-1");
            String oldReferral = send("coun", "POST", "/api/v1/referrals", "{\"diagnosisId\":\"" + old
                    + "\",\"offerId\":\"epn-13-access\",\"sessionId\":\"" + session + "\",\"note\":\"Mme Peeters\"}", 201)
                    .get("id").asText();
            send("part", "POST", "/api/v1/referrals/" + oldReferral + "/transitions", "{\"to\":\"ACCEPTED\"}", 200);
            context.getBean(NotificationOutbox.class).add(UUID.fromString(oldReferral), NotificationKind.ACCEPTED,
                    "coun@example.be", new Mail("PAN", "accepted"), Instant.now());
            String erased = diagnosis("PG-ERASE-1");
            String erasedReferral = send("coun", "POST", "/api/v1/referrals", "{\"diagnosisId\":\"" + erased
                    + "\",\"offerId\":\"epn-13-access\",\"note\":\"x\"}", 201).get("id").asText();
            send("part", "POST", "/api/v1/referrals/" + erasedReferral + "/transitions",
                    "{\"to\":\"REFUSED\",\"reason\":\"no room\"}", 200);
            assertThat(booked(jdbc, session)).isEqualTo(1);

            LocalDate day = LocalDate.now(Week.ZONE).minusDays(800);
            OffsetDateTime then = day.atTime(10, 0).atZone(Week.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            UUID oldId = UUID.fromString(old);
            jdbc.sql("update referral_transitions set occurred_at = ? where referral_id = ?")
                    .params(then, UUID.fromString(oldReferral)).update();
            jdbc.sql("update referrals set created_at = ?, updated_at = ?, override_rule = 'exclude-test'"
                    + " where diagnosis_id = ?").params(then, then, oldId).update();
            jdbc.sql("update notification_outbox set created_at = ?").param(then).update();
            jdbc.sql("update diagnoses set created_at = ? where id = ?").params(then, oldId).update();
            OffsetDateTime from = day.atStartOfDay(Week.ZONE).toOffsetDateTime();
            DiagnosisCounts counts = context.getBean(DiagnosisStore.class).counts(from, from.plusDays(1));
            SortedMap<String, Long> overrides = context.getBean(ReferralStore.class).overridesByRule(from, from.plusDays(1));
            assertThat(counts.total()).isEqualTo(1);
            assertThat(overrides).containsEntry("exclude-test", 1L);

            Retention retention = context.getBean(Retention.class);
            assertThat(retention.removeExpired()).isEqualTo(new Removed(1, 1, 3, 1, 1));
            assertThat(retention.removeExpired()).isEqualTo(Removed.NOTHING);

            assertThat(jdbc.sql("select count(*) from diagnoses where id = ?").param(oldId).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from referrals where note = 'Mme Peeters'").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from notification_outbox").query(Long.class).single()).isZero();
            assertThat(booked(jdbc, session)).isZero();
            assertThat(context.getBean(DiagnosisStore.class).counts(from, from.plusDays(1))).isEqualTo(counts);
            assertThat(context.getBean(ReferralStore.class).overridesByRule(from, from.plusDays(1))).isEqualTo(overrides);

            JsonNode erasure = send("adm", "POST", "/api/v1/admin/erasures", "{\"reference\":\"PG-ERASE-1\"}", 200);
            assertThat(erasure.get("diagnoses").asInt()).isEqualTo(1);
            assertThat(erasure.get("referrals").asInt()).isEqualTo(1);
            assertThat(erasure.get("transitions").asInt()).isEqualTo(2);
            assertThat(send("adm", "GET", "/api/v1/admin/erasures", null, 200).get(0)).isEqualTo(erasure);
            assertThat(jdbc.sql("select count(*) from diagnoses where reference = 'PG-ERASE-1'").query(Long.class).single())
                    .isZero();
            assertThat(send("adm", "POST", "/api/v1/admin/backups", null, 409).get("detail").asText())
                    .contains("PostgreSQL", "pg_dump");

            try (Connection c = DriverManager.getConnection(pg.urlIn(schema), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                // Tables this small are read whole by choice; without sequential scans the plan shows whether an index
                // can serve each query of the removal.
                s.execute("set enable_seqscan = off");
                assertThat(plan(s, "select id from diagnoses where reference = 'x' order by id for update"))
                        .contains("diagnoses_reference");
                assertThat(plan(s, "select id from diagnoses where created_at < now() order by created_at, id limit 500"
                        + " for update")).contains("diagnoses_created_at");
                assertThat(plan(s, "select id from referrals where diagnosis_id in ('" + oldId + "') order by id for update"))
                        .contains("referrals_diagnosis");
                assertThat(plan(s, "delete from notification_outbox where referral_id in ('" + oldId + "')"))
                        .contains("notification_outbox_referral");
                assertThat(plan(s, "delete from notification_outbox where id in (select id from notification_outbox"
                        + " where created_at < now() order by created_at limit 500)")).contains("notification_outbox_created");
                assertThat(plan(s, "select sum(diagnoses) from diagnosis_tallies where day_start >= now()"))
                        .contains("diagnosis_tallies_day");
            }
        } finally {
            pg.execute("drop schema " + schema + " cascade");
        }
    }

    /** A published WORKSHOP session at epn-13 a week from now, with 10 seats. */
    private static UUID session(ConfigurableApplicationContext context, JdbcClient jdbc) {
        UUID roster = UUID.randomUUID();
        jdbc.sql("""
                        insert into rosters (id, created_at, created_by, source, seconds, status, problem_id,
                            problem_json, week) values (?, ?, 'planner', 'UPLOAD', 1, 'DONE', 'pg-retention', '{}', '2040-W10')""")
                .params(roster, OffsetDateTime.now(ZoneOffset.UTC)).update();
        OffsetDateTime start = OffsetDateTime.now(Week.ZONE).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        context.getBean(PublishedSessions.class).publish("2040-W10", roster, List.of(new Placement("s-1",
                SessionKind.WORKSHOP, "fr", null, "21004", "21004", "TUE-1", "epn-13", "EPN", null, start,
                start.plusMinutes(90), "a-01", "Animator", null, 10)), "planner", OffsetDateTime.now(ZoneOffset.UTC));
        return jdbc.sql("select id from published_sessions where week = '2040-W10'").query(UUID.class).single();
    }

    private static int booked(JdbcClient jdbc, UUID session) {
        return jdbc.sql("select booked from published_sessions where id = ?").param(session).query(Integer.class).single();
    }

    private String diagnosis(String reference) throws Exception {
        ObjectNode esteban = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests", "esteban.json")));
        esteban.put("reference", reference);
        return send("coun", "POST", "/api/v1/diagnoses", esteban.toString(), 201).get("id").asText();
    }

    private static String plan(Statement s, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("explain " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private JsonNode send(String user, String method, String path, String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pg-Walnut-46-prism")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = client.send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }
}
