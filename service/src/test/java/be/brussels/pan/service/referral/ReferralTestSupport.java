package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Helpers of the referral API tests: a diagnosis to refer, a referral, a transition, JSON. */
abstract class ReferralTestSupport extends ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** An offer of structure epn-13, the organisation of the user partner-sks. */
    static final String SKS_OFFER = "epn-13-access";
    /** An offer of another structure (db-11). */
    static final String OTHER_OFFER = "db-11-project";

    /** The appointment the tests give with SCHEDULED unless they say otherwise. */
    static final String APPOINTMENT_AT = "2026-12-08T09:00:00+01:00";

    /** A new diagnosis (Esteban), made by the counsellor. */
    String diagnosis() {
        return diagnosis(null);
    }

    /** A new diagnosis of Esteban under this reference (null: his example's), made by the counsellor. */
    String diagnosis(String reference) {
        return diagnosisBy("counsellor", reference);
    }

    /**
     * A new diagnosis of Esteban under this reference (null: his example's), made by {@code user}: of the user's
     * organisation, the only one that may refer from it (issue 15).
     */
    String diagnosisBy(String user, String reference) {
        try {
            ObjectNode esteban = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests",
                    "esteban.json")));
            if (reference != null) {
                esteban.put("reference", reference);
            }
            ResponseEntity<String> created = call(user, HttpMethod.POST, "/api/v1/diagnoses", esteban.toString());
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            return json(created).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ResponseEntity<String> post(String user, String diagnosisId, String offerId, String note) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", offerId);
        if (note != null) {
            body.put("note", note);
        }
        return call(user, HttpMethod.POST, "/api/v1/referrals", body.toString());
    }

    /** A new SENT referral of {@code user} to {@code offerId}, from a diagnosis of the user's own; returns its id. */
    String referral(String user, String offerId) {
        ResponseEntity<String> created = post(user, diagnosisBy(user, null), offerId, "a note");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    /** Moves a referral; SCHEDULED comes with an appointment at {@link #APPOINTMENT_AT} (it needs one). */
    ResponseEntity<String> move(String user, String id, String to, String reason) {
        ObjectNode body = JSON.createObjectNode().put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        if ("SCHEDULED".equals(to)) {
            body.putObject("appointment").put("at", APPOINTMENT_AT);
        }
        return transition(user, id, body.toString());
    }

    /** A transition with this very body. */
    ResponseEntity<String> transition(String user, String id, String body) {
        return call(user, HttpMethod.POST, "/api/v1/referrals/" + id + "/transitions", body);
    }

    /** Moves a referral (as admin) along the given states; each step must succeed. */
    void drive(String id, ReferralStatus... path) {
        for (ReferralStatus to : path) {
            ResponseEntity<String> moved = move("admin", id, to.name(), "because");
            assertThat(moved.getStatusCode().value()).as(to + ": " + moved.getBody()).isEqualTo(200);
        }
    }

    JsonNode get(String user, String id) {
        ResponseEntity<String> read = call(user, HttpMethod.GET, "/api/v1/referrals/" + id, null);
        assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
        return json(read);
    }

    long transitionsOf(String id) {
        return jdbc.sql("select count(*) from referral_transitions where referral_id = ?").param(UUID.fromString(id))
                .query(Long.class).single();
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
