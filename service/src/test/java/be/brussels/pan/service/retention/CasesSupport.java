package be.brussels.pan.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.notification.Mail;
import be.brussels.pan.service.notification.NotificationKind;
import be.brussels.pan.service.notification.NotificationOutbox;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSessions;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases for the retention and erasure tests, made through the API: a diagnosis (Esteban) under a reference, its
 * referrals, their transitions, a seat booked in a published session, a mail in the outbox; and, in the database,
 * the same case moved back in time.
 */
abstract class CasesSupport extends ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** An offer of structure epn-13 (partner-sks's), whose WORKSHOP sessions at venue epn-13 are sessions. */
    static final String SKS_OFFER = "epn-13-access";
    /** Weeks of their own (year 2070 on), apart from the other booking tests' in a shared context. */
    private static final AtomicInteger WEEKS = new AtomicInteger();

    @Autowired
    PublishedSessions published;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** A new diagnosis of Esteban under {@code reference}, by the counsellor; returns its id. */
    String diagnosis(String reference) {
        try {
            ObjectNode esteban = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests",
                    "esteban.json")));
            esteban.put("reference", reference);
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban.toString());
            assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
            return json(created).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new referral of the diagnosis to the epn-13 offer, with a note, booked in {@code session} if not null. */
    String referral(String diagnosisId, String note, UUID session) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", SKS_OFFER).put("note", note);
        if (session != null) {
            body.put("sessionId", session.toString());
        }
        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/referrals", body.toString());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    /** A transition by the receiving partner (with a reason); must succeed. */
    void move(String referralId, String to, String reason) {
        ObjectNode body = JSON.createObjectNode().put("to", to).put("reason", reason);
        ResponseEntity<String> moved = call("partner-sks", HttpMethod.POST, "/api/v1/referrals/" + referralId + "/transitions",
                body.toString());
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
    }

    /**
     * A published WORKSHOP session at epn-13, 60 days from now, with this many seats; returns its id. Beyond the
     * diagnoses' seat snapshot ({@code pan.seats.weeks-ahead}, 4 weeks): in a context shared with other test classes,
     * a session with free seats soon would change the ranking of the diagnoses they make.
     */
    UUID session(int seats) {
        String week = (2070 + WEEKS.get() / 50) + "-W" + String.format("%02d", 1 + WEEKS.getAndIncrement() % 50);
        UUID roster = UUID.randomUUID();
        jdbc.sql("""
                        insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,
                            week) values (?, ?, 'planner', 'UPLOAD', 1, 'DONE', 'retention-test', '{}', ?)""")
                .params(roster, OffsetDateTime.now(ZoneOffset.UTC), week).update();
        OffsetDateTime start = OffsetDateTime.now(Week.ZONE).plusDays(60).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Placement placement = new Placement("s-1", SessionKind.WORKSHOP, "fr", null, "21004", "21004", "TUE-1", "epn-13",
                "Venue epn-13", "Rue de l'Exemple 1, 1000 Bruxelles", start, start.plusMinutes(90), "a-01", "Animator",
                null, seats);
        published.publish(week, roster, List.of(placement), "planner", OffsetDateTime.now(ZoneOffset.UTC));
        return published.ofWeek(week).get("s-1").id();
    }

    int bookedSeats(UUID session) {
        return jdbc.sql("select booked from published_sessions where id = ?").param(session).query(Integer.class).single();
    }

    /** A mail about the referral in the outbox, written at {@code at}. */
    void mail(String referralId, Instant at) {
        outbox.add(UUID.fromString(referralId), NotificationKind.ACCEPTED, "someone@example.be",
                new Mail("PAN: slip", "a mail"), at);
    }

    /**
     * Moves a case back in time: the diagnosis created at {@code created}, its referrals created then and last changed
     * at {@code changed}, their history at {@code changed}; in one transaction.
     */
    void backdate(String diagnosisId, Instant created, Instant changed) {
        UUID id = UUID.fromString(diagnosisId);
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.sql("update referral_transitions set occurred_at = ? where referral_id in"
                    + " (select id from referrals where diagnosis_id = ?)").params(utc(changed), id).update();
            jdbc.sql("update referrals set created_at = ?, updated_at = ? where diagnosis_id = ?")
                    .params(utc(created), utc(changed), id).update();
            jdbc.sql("update diagnoses set created_at = ? where id = ?").params(utc(created), id).update();
        });
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
