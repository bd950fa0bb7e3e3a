package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSessions;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Helpers of the booking tests: published sessions at the illustrative registry's venue epn-13 (structure epn-13,
 * whose WORKSHOP sessions are sessions of its offer {@value #SKS_OFFER}), each in a week of its own, and bookings.
 */
abstract class BookingTestSupport extends ReferralTestSupport {

    private static final AtomicInteger WEEKS = new AtomicInteger();

    @Autowired
    PublishedSessions published;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** A week of its own for each publication of a test class (the contexts' databases are separate). */
    static String newWeek() {
        int n = WEEKS.incrementAndGet();
        return (2040 + n / 50) + "-W" + String.format("%02d", 1 + n % 50);
    }

    /** A stored roster row for a publication to name (the roster feature's table; its content is not read). */
    UUID roster(String week) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,
                            week) values (?, ?, 'planner', 'UPLOAD', 1, 'DONE', 'booking-test', '{}', ?)""")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), week).update();
        return id;
    }

    static Placement placement(String ref, String venue, SessionKind kind, int seats, OffsetDateTime start) {
        return new Placement(ref, kind, "fr", null, "21004", "21004", "TUE-1", venue, "Venue " + venue,
                "Rue de l'Exemple 1, 1000 Bruxelles", start, start.plusMinutes(90), "a-01", "Animator", null, seats);
    }

    /** A published WORKSHOP session at epn-13 with this many seats, starting at {@code start}; returns its id. */
    UUID session(int seats, OffsetDateTime start) {
        return publish(newWeek(), List.of(placement("s-1", "epn-13", SessionKind.WORKSHOP, seats, start))).get(0);
    }

    /** A session starting {@code days} days from now at 09:00 Brussels time. */
    UUID session(int seats, int days) {
        return session(seats, inDays(days));
    }

    static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(Week.ZONE).plusDays(days).withHour(9).withMinute(0).withSecond(0).withNano(0)
                .atZoneSameInstant(Week.ZONE).toOffsetDateTime();
    }

    /** Publishes the placements in {@code week}; returns the sessions' ids in the placements' order. */
    List<UUID> publish(String week, List<Placement> placements) {
        UUID roster = roster(week);
        published.publish(week, roster, placements, "planner", OffsetDateTime.now(ZoneOffset.UTC));
        var byRef = published.ofWeek(week);
        return placements.stream().map(p -> byRef.get(p.sessionRef()).id()).toList();
    }

    /** Re-plans the week's published roster with these placements, in one transaction as the roster feature does. */
    void replan(String week, List<Placement> placements) {
        UUID from = published.publishedRoster(week).orElseThrow();
        UUID to = roster(week);
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> published.republish(week, from, to,
                placements, ref -> List.of("re-planned by the test"), "planner", OffsetDateTime.now(ZoneOffset.UTC)));
    }

    ResponseEntity<String> book(String user, String diagnosisId, String offerId, Object sessionId) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", offerId);
        if (sessionId != null) {
            body.put("sessionId", sessionId.toString());
        }
        return call(user, HttpMethod.POST, "/api/v1/referrals", body.toString());
    }

    /** A new referral of the counsellor booked in the session; returns its id. */
    String booked(UUID session) {
        ResponseEntity<String> created = book("counsellor", diagnosis(), SKS_OFFER, session);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    int bookedSeats(UUID session) {
        return jdbc.sql("select booked from published_sessions where id = ?").param(session).query(Integer.class)
                .single();
    }

    int seats(UUID session) {
        return jdbc.sql("select seats from published_sessions where id = ?").param(session).query(Integer.class)
                .single();
    }

    /** The referrals that hold a seat in the session, counted from the referrals themselves. */
    int holding(UUID session) {
        return jdbc.sql("select count(*) from referrals where session_id = ? and status in"
                        + " ('SENT', 'ACCEPTED', 'SCHEDULED', 'ATTENDED', 'COMPLETED')")
                .param(session).query(Integer.class).single();
    }
}
