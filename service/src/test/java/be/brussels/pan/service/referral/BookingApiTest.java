package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Booking a seat with a referral (issue 14): 201, 400 and 409, freeing, scheduling, attendance, re-plan flags. */
@org.springframework.test.context.event.RecordApplicationEvents
class BookingApiTest extends BookingTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Test
    void aPublishedSessionAtALinkedVenueIsASessionOfTheStructuresOffer() {
        UUID session = session(3, 7);
        JsonNode view = json(call("counsellor", HttpMethod.GET, "/api/v1/sessions/" + session, null));
        assertThat(view.get("offerId").asText()).isEqualTo(SKS_OFFER);
        assertThat(view.get("freeSeats").asInt()).isEqualTo(3);

        String week = newWeek();
        List<UUID> ids = publish(week, List.of(
                placement("a", "epn-13", SessionKind.START_DIGITAL, 5, inDays(8)),
                placement("b", "site-community-21002-1", SessionKind.WORKSHOP, 5, inDays(8)),
                placement("c", "epn-14", SessionKind.START_DIGITAL, 5, inDays(8)),
                placement("d", "site-db07", SessionKind.OUTREACH, 5, inDays(8))));
        assertThat(offerOf(ids.get(0))).as("epn-13 has no Start Digital offer").isNull();
        assertThat(offerOf(ids.get(1))).as("a community site names no structure").isNull();
        assertThat(offerOf(ids.get(2))).isEqualTo("start-digital-epn-14");
        assertThat(offerOf(ids.get(3))).as("OUTREACH is a WORKSHOP of db-07").isEqualTo("db-07-project");
    }

    @Test
    void bookingTakesASeatAndTheReferralShowsItsSession() {
        UUID session = session(2, 7);
        ResponseEntity<String> created = book("counsellor", diagnosis(), SKS_OFFER, session);

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode referral = json(created);
        assertThat(referral.get("sessionId").asText()).isEqualTo(session.toString());
        assertThat(referral.at("/session/venue/id").asText()).isEqualTo("epn-13");
        assertThat(referral.at("/session/changedSinceBooking").asBoolean()).isFalse();
        assertThat(bookedSeats(session)).isEqualTo(1);
        JsonNode listed = json(call("counsellor", HttpMethod.GET, "/api/v1/sessions?offerId=" + SKS_OFFER
                + "&freeOnly=true", null));
        assertThat(top(listed, "id")).contains(session.toString());
        assertThat(json(call("counsellor", HttpMethod.GET, "/api/v1/sessions/" + session, null)).get("freeSeats")
                .asInt()).isEqualTo(1);
    }

    @Test
    void aFullSessionAnswers409WithTheNextSessionsWithFreeSeatsAndStoresNothing() {
        UUID full = session(1, 5);
        UUID later = session(4, 6);
        UUID alsoFull = session(1, 6);
        booked(full);
        booked(alsoFull);
        long referrals = rows("referrals");

        ResponseEntity<String> refused = book("counsellor", diagnosis(), SKS_OFFER, full);

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
        JsonNode problem = json(refused);
        assertThat(problem.get("field").asText()).isEqualTo("sessionId");
        List<String> next = top(problem.get("nextSessions"), "id");
        assertThat(next).contains(later.toString()).doesNotContain(full.toString(), alsoFull.toString()).hasSizeLessThanOrEqualTo(3);
        assertThat(problem.at("/nextSessions/0/freeSeats").asInt()).isPositive();
        assertThat(rows("referrals")).isEqualTo(referrals);
        assertThat(bookedSeats(full)).isEqualTo(1);
        JsonNode freeOnly = json(call("counsellor", HttpMethod.GET, "/api/v1/sessions?freeOnly=true&offerId="
                + SKS_OFFER, null));
        assertThat(top(freeOnly, "id")).doesNotContain(full.toString());
    }

    @Test
    void aSessionThatCannotBeBookedForTheOfferIs400NamingSessionId() {
        UUID started = session(3, -1);
        UUID session = session(3, 7);
        String diagnosis = diagnosis();
        long referrals = rows("referrals");

        assertThat(problemField(book("counsellor", diagnosis, SKS_OFFER, UUID.randomUUID()), 400)).contains("no published session");
        assertThat(problemField(book("counsellor", diagnosis, SKS_OFFER, started), 400)).contains("has started");
        assertThat(problemField(book("counsellor", diagnosis, OTHER_OFFER, session), 400)).contains("not a session of offer");
        assertThat(problemField(book("counsellor", diagnosis, SKS_OFFER, "not-a-uuid"), 400)).isNotEmpty();
        assertThat(rows("referrals")).isEqualTo(referrals);
        assertThat(bookedSeats(session)).isZero();

        String week = newWeek();
        UUID dropped = publish(week, List.of(placement("s-1", "epn-13", SessionKind.WORKSHOP, 3, inDays(9)))).get(0);
        replan(week, List.of());
        assertThat(problemField(book("counsellor", diagnosis, SKS_OFFER, dropped), 400)).contains("dropped");
    }

    @Test
    void refusalCancellationAndNoShowFreeTheSeatAndAcceptanceSchedules() {
        OffsetDateTime start = inDays(7);
        UUID session = session(3, start);
        String refused = booked(session);
        String cancelled = booked(session);
        String scheduled = booked(session);
        assertThat(bookedSeats(session)).isEqualTo(3);

        assertThat(move("partner-sks", refused, "REFUSED", "no room").getStatusCode().value()).isEqualTo(200);
        assertThat(bookedSeats(session)).isEqualTo(2);
        assertThat(move("counsellor", cancelled, "CANCELLED", null).getStatusCode().value()).isEqualTo(200);
        assertThat(bookedSeats(session)).isEqualTo(1);

        ResponseEntity<String> accepted = move("partner-sks", scheduled, "ACCEPTED", null);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
        JsonNode referral = json(accepted);
        assertThat(referral.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(referral.get("history").findValuesAsText("to")).containsExactly("SENT", "ACCEPTED", "SCHEDULED");
        assertThat(referral.get("history").findValuesAsText("actor")).containsExactly("counsellor", "partner-sks",
                "partner-sks");
        // The booked referral's appointment is its session: start, venue name and address (no appointment body).
        assertThat(OffsetDateTime.parse(referral.at("/appointment/at").asText()).toInstant()).isEqualTo(start.toInstant());
        assertThat(referral.at("/appointment/place").asText()).isEqualTo("Venue epn-13, Rue de l'Exemple 1, 1000 Bruxelles");
        assertThat(referral.at("/appointment/contact").isNull()).isTrue();
        assertThat(bookedSeats(session)).isEqualTo(1);
        assertThat(move("partner-sks", scheduled, "NO_SHOW", null).getStatusCode().value()).isEqualTo(200);
        assertThat(bookedSeats(session)).isZero();
        assertThat(holding(session)).isZero();
    }

    @Test
    void attendanceMarksAWholeSessionAllOrNothing() {
        UUID session = session(4, 7);
        String came = booked(session);
        String absent = booked(session);
        String notYetAccepted = booked(session);
        drive(came, ReferralStatus.ACCEPTED);
        drive(absent, ReferralStatus.ACCEPTED);
        String path = "/api/v1/sessions/" + session + "/attendance";

        ResponseEntity<String> refused = call("partner-sks", HttpMethod.POST, path,
                "{\"attended\":[\"" + came + "\",\"" + notYetAccepted + "\"],\"noShow\":[\"" + absent + "\"]}");
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
        assertThat(json(refused).get("detail").asText()).contains(notYetAccepted);
        assertThat(get("admin", came).get("status").asText()).as("nothing moved").isEqualTo("SCHEDULED");

        assertThat(call("counsellor", HttpMethod.POST, path, "{\"attended\":[\"" + came + "\"]}")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(problemField(call("partner-sks", HttpMethod.POST, path,
                "{\"attended\":[\"" + came + "\"],\"noShow\":[\"" + came + "\"]}"), 400)).contains("twice");

        ResponseEntity<String> marked = call("partner-sks", HttpMethod.POST, path,
                "{\"attended\":[\"" + came + "\"],\"noShow\":[\"" + absent + "\"]}");
        assertThat(marked.getStatusCode().value()).as(marked.getBody()).isEqualTo(200);
        assertThat(top(json(marked), "status")).containsExactly("ATTENDED", "NO_SHOW");
        assertThat(bookedSeats(session)).as("the no-show's seat is freed, the attended one used").isEqualTo(2);
        assertThat(holding(session)).isEqualTo(2);
    }

    @Test
    void aReplanThatMovesOrDropsABookedSessionFlagsItsBookings() {
        String week = newWeek();
        List<UUID> ids = publish(week, List.of(
                placement("m", "epn-13", SessionKind.WORKSHOP, 3, inDays(10)),
                placement("d", "epn-13", SessionKind.WORKSHOP, 3, inDays(11))));
        String onMoved = booked(ids.get(0));
        String onDropped = booked(ids.get(1));
        assertThat(OffsetDateTime.parse(get("counsellor", onMoved).at("/appointment/at").asText()).toInstant())
                .as("a booking's appointment is its session, from the booking on").isEqualTo(inDays(10).toInstant());
        var movedPlacement = new be.brussels.pan.service.session.Placement("m", SessionKind.WORKSHOP, "fr", null, "21004",
                "21004", "WED-1", "epn-13", "Venue epn-13", null, inDays(12), inDays(12).plusMinutes(90), "a-01",
                "Animator", null, 3);

        replan(week, List.of(movedPlacement));

        assertThat(events.stream(ReferralEvent.BookedSessionChanged.class)).containsExactlyInAnyOrder(
                new ReferralEvent.BookedSessionChanged(UUID.fromString(onMoved), ids.get(0),
                        be.brussels.pan.service.session.SessionChange.MOVED),
                new ReferralEvent.BookedSessionChanged(UUID.fromString(onDropped), ids.get(1),
                        be.brussels.pan.service.session.SessionChange.DROPPED));

        JsonNode moved = get("counsellor", onMoved);
        assertThat(moved.at("/session/lastChange").asText()).isEqualTo("MOVED");
        assertThat(moved.at("/session/changedSinceBooking").asBoolean()).isTrue();
        assertThat(moved.at("/session/changedAt").isNull()).isFalse();
        assertThat(OffsetDateTime.parse(moved.at("/appointment/at").asText()).toInstant())
                .as("the appointment follows the moved session").isEqualTo(inDays(12).toInstant());
        assertThat(moved.at("/appointment/place").asText()).isEqualTo("Venue epn-13");
        JsonNode dropped = get("counsellor", onDropped);
        assertThat(dropped.at("/session/lastChange").asText()).isEqualTo("DROPPED");
        assertThat(dropped.at("/session/status").asText()).isEqualTo("DROPPED");
        assertThat(dropped.get("status").asText()).as("the referrer decides").isEqualTo("SENT");
        assertThat(dropped.get("appointment").isNull()).as("a dropped session makes no appointment").isTrue();
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + onDropped + "/appointment.ics", null)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(bookedSeats(ids.get(1))).as("a dropped session frees nothing by itself").isEqualTo(1);
        assertThat(move("counsellor", onDropped, "CANCELLED", null).getStatusCode().value()).isEqualTo(200);
        assertThat(bookedSeats(ids.get(1))).isZero();
    }

    /** The field of each element of a JSON array (not of nested objects). */
    static List<String> top(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(e -> values.add(e.get(field).asText()));
        return values;
    }

    private String offerOf(UUID session) {
        return jdbc.sql("select offer_id from published_sessions where id = ?").param(session).query(String.class)
                .optional().orElse(null);
    }

    /** The problem's detail, after checking its status and that its field is sessionId (or another named field). */
    private static String problemField(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        JsonNode problem = json(answer);
        assertThat(problem.get("field").asText()).isNotEmpty();
        return problem.get("detail").asText();
    }
}
