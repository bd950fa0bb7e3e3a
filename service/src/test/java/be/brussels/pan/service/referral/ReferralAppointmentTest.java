package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** SCHEDULED with an appointment {at, place, contact}, and the appointment as an .ics file. */
class ReferralAppointmentTest extends ReferralTestSupport {

    /** An accepted referral of the counsellor to the partner's offer. */
    private String accepted() {
        String id = referral("counsellor", SKS_OFFER);
        assertThat(move("partner-sks", id, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);
        return id;
    }

    @Test
    void scheduledStoresTheAppointmentAndAnswersItInBrusselsTime() {
        String id = accepted();

        ResponseEntity<String> scheduled = transition("partner-sks", id, """
                {"to":"SCHEDULED","appointment":{"at":"2026-12-08T08:00:00Z","place":"EPN Bravo, Rue de la Loi 1, 1000 Bruxelles",
                 "contact":"02 123 45 67"}}""");

        assertThat(scheduled.getStatusCode().value()).as(scheduled.getBody()).isEqualTo(200);
        JsonNode appointment = json(scheduled).get("appointment");
        assertThat(appointment.get("at").asText()).isEqualTo("2026-12-08T09:00:00+01:00");
        assertThat(appointment.get("place").asText()).isEqualTo("EPN Bravo, Rue de la Loi 1, 1000 Bruxelles");
        assertThat(appointment.get("contact").asText()).isEqualTo("02 123 45 67");
        assertThat(get("counsellor", id).get("appointment")).isEqualTo(appointment);
        OffsetDateTime stored = jdbc.sql("select appointment_at from referrals where id = ?").param(UUID.fromString(id))
                .query(OffsetDateTime.class).single();
        assertThat(stored.toInstant()).isEqualTo(OffsetDateTime.parse("2026-12-08T09:00:00+01:00").toInstant());
    }

    @Test
    void placeAndContactAreOptionalAndAReferralWithoutAppointmentSaysNull() {
        String id = accepted();
        assertThat(get("counsellor", id).get("appointment").isNull()).isTrue();

        ResponseEntity<String> scheduled = transition("partner-sks", id,
                "{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"2026-12-08T14:30:00+01:00\",\"place\":\"  \"}}");

        assertThat(scheduled.getStatusCode().value()).as(scheduled.getBody()).isEqualTo(200);
        JsonNode appointment = json(scheduled).get("appointment");
        assertThat(appointment.get("at").asText()).isEqualTo("2026-12-08T14:30:00+01:00");
        assertThat(appointment.get("place").isNull()).isTrue();
        assertThat(appointment.get("contact").isNull()).isTrue();
    }

    @Test
    void scheduledWithoutAnAppointmentOrWithABadOneIsA400NamingTheFieldAndChangesNothing() {
        String id = accepted();
        List<String[]> cases = List.of(
                new String[] {"{\"to\":\"SCHEDULED\"}", "appointment.at"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{}}", "appointment.at"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"2026-12-08T09:00:00\"}}", "appointment.at"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"tomorrow\"}}", "appointment.at"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"1900-01-01T09:00:00+01:00\"}}", "appointment.at"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":7}}", "appointment.at"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"" + APPOINTMENT_AT + "\",\"place\":\""
                        + "x".repeat(301) + "\"}}", "appointment.place"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"" + APPOINTMENT_AT + "\",\"contact\":\"a\\u0000b\"}}",
                        "appointment.contact"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"" + APPOINTMENT_AT + "\",\"room\":\"3\"}}",
                        "appointment.room"},
                new String[] {"{\"to\":\"SCHEDULED\",\"appointment\":\"tomorrow\"}", "appointment"});
        for (String[] c : cases) {
            ResponseEntity<String> refused = transition("partner-sks", id, c[0]);
            assertThat(refused.getStatusCode().value()).as(c[0] + " " + refused.getBody()).isEqualTo(400);
            assertThat(json(refused).get("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
        JsonNode unchanged = get("partner-sks", id);
        assertThat(unchanged.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(unchanged.get("appointment").isNull()).isTrue();
        assertThat(transitionsOf(id)).isEqualTo(2);
    }

    @Test
    void anAppointmentWithAnotherTransitionIsRefused() {
        String id = referral("counsellor", SKS_OFFER);
        ResponseEntity<String> refused = transition("partner-sks", id,
                "{\"to\":\"ACCEPTED\",\"appointment\":{\"at\":\"" + APPOINTMENT_AT + "\"}}");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("appointment");
        assertThat(json(refused).get("detail").asText()).contains("only a SCHEDULED transition takes an appointment");
        assertThat(get("partner-sks", id).get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void theIcsHoldsTheOfferThePlaceTheTimeAndTheSlipNumberAndNothingAboutThePerson() {
        String diagnosis = diagnosis("ICS-REF-" + UUID.randomUUID().toString().substring(0, 8));
        ResponseEntity<String> created = post("counsellor", diagnosis, SKS_OFFER, "Private note about Esteban");
        String id = json(created).get("id").asText();
        String reference = json(created).get("reference").asText();
        drive(id, ReferralStatus.ACCEPTED);
        assertThat(transition("partner-sks", id, """
                {"to":"SCHEDULED","appointment":{"at":"2026-12-08T09:00:00+01:00","place":"EPN Bravo, Rue de la Loi 1",
                 "contact":"Ask for Marie Dupont"}}""").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> ics = calendar("counsellor", id);

        assertThat(ics.getStatusCode().value()).as(ics.getBody()).isEqualTo(200);
        assertThat(ics.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(ics.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("appointment-" + id.substring(0, 8).toUpperCase() + ".ics");
        String text = ics.getBody().replace("\r\n ", ""); // unfolded
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
                "DTSTART;TZID=Europe/Brussels:20261208T090000", "LOCATION:EPN Bravo\\, Rue de la Loi 1",
                "UID:referral-" + id + "@pan.brussels", id.substring(0, 8).toUpperCase());
        assertThat(text).contains("SUMMARY:");
        assertThat(text).doesNotContain("Esteban", "Marie", reference, "Private note", "fr,ar", "ADMIN");
        assertThat(calendar("partner-sks", id).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theIcsIs404WithoutAnAppointmentOrForWhoCannotSeeTheReferral() {
        String id = referral("sw-molenbeek", OTHER_OFFER);
        ResponseEntity<String> none = calendar("sw-molenbeek", id);
        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        drive(id, ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED);
        assertThat(calendar("sw-molenbeek", id).getStatusCode().value()).isEqualTo(200);
        assertThat(calendar("sw-anderlecht", id).getStatusCode().value()).isEqualTo(404);
        assertThat(calendar("partner-sks", id).getStatusCode().value()).isEqualTo(404);
        assertThat(calendar("planner", id).getStatusCode().value()).isEqualTo(403);
        assertThat(calendar("admin", "not-a-uuid").getStatusCode().value()).isEqualTo(400);
        assertThat(calendar("admin", UUID.randomUUID().toString()).getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<String> calendar(String user, String id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setAccept(List.of(MediaType.parseMediaType("text/calendar"), MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange("http://localhost:" + port + "/api/v1/referrals/" + id + "/appointment.ics", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }
}
