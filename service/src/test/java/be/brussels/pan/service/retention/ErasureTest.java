package be.brussels.pan.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/v1/admin/erasures}: everything held under one reference goes, and the erasure is audited without it. */
@ExtendWith(OutputCaptureExtension.class)
class ErasureTest extends CasesSupport {

    @Autowired
    DiagnosisStore diagnoses;

    private ResponseEntity<String> erase(String user, String body) {
        return call(user, HttpMethod.POST, "/api/v1/admin/erasures", body);
    }

    @Test
    void everythingHeldUnderAReferenceIsErasedAndTheErasureIsAuditedWithoutIt(CapturedOutput output) {
        String reference = "ERASE-" + UUID.randomUUID().toString().substring(0, 8);
        String other = reference + "-other";
        UUID session = session(5);
        // two diagnoses under the reference: one referral booked in the session, one refused with a reason, a mail each
        String first = diagnosis(reference);
        String booked = referral(first, "booked for Mme X", session);
        move(booked, "ACCEPTED", null); // a booked referral is then SCHEDULED by itself
        String second = diagnosis(reference);
        String refused = referral(second, "tel 0470 00 00 00", null);
        move(refused, "REFUSED", "no room");
        mail(booked, Instant.now());
        mail(refused, Instant.now());
        // another person's case, and the same letters in lower case: not the same reference
        String kept = diagnosis(other);
        String keptReferral = referral(kept, "another person", session);
        String lower = diagnosis(reference.toLowerCase());
        assertThat(bookedSeats(session)).isEqualTo(2);
        LocalDate today = LocalDate.now(Week.ZONE);
        OffsetDateTime from = today.atStartOfDay(Week.ZONE).toOffsetDateTime();
        long countedToday = diagnoses.counts(from, from.plusDays(1)).total();

        ResponseEntity<String> answer = erase("admin", "{\"reference\":\"" + reference + "\"}");

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode erased = json(answer);
        assertThat(erased.get("diagnoses").asInt()).isEqualTo(2);
        assertThat(erased.get("referrals").asInt()).isEqualTo(2);
        assertThat(erased.get("transitions").asInt()).isEqualTo(5); // SENT, ACCEPTED, SCHEDULED; SENT, REFUSED
        assertThat(erased.get("notifications").asInt()).isEqualTo(2);
        assertThat(erased.get("seatsFreed").asInt()).isEqualTo(1);
        assertThat(erased.get("actor").asText()).isEqualTo("admin");
        assertThat(answer.getBody()).doesNotContain(reference);

        for (String id : new String[] {first, second}) {
            assertThat(call("admin", HttpMethod.GET, "/api/v1/diagnoses/" + id, null).getStatusCode().value()).isEqualTo(404);
        }
        for (String id : new String[] {booked, refused}) {
            assertThat(call("admin", HttpMethod.GET, "/api/v1/referrals/" + id, null).getStatusCode().value()).isEqualTo(404);
            assertThat(count("select count(*) from referral_transitions where referral_id = ?", UUID.fromString(id))).isZero();
            assertThat(count("select count(*) from notification_outbox where referral_id = ?", UUID.fromString(id))).isZero();
        }
        assertThat(count("select count(*) from diagnoses where reference = ?", reference)).isZero();
        assertThat(count("select count(*) from referrals where reference = ? or reference_key = ?", reference,
                reference.toLowerCase())).isZero();
        // the seat is given back: the session counts only the other person's
        assertThat(bookedSeats(session)).isEqualTo(1);
        // nothing kept for the statistics: the day counts two diagnoses less
        assertThat(diagnoses.counts(from, from.plusDays(1)).total()).isEqualTo(countedToday - 2);
        // the others are untouched
        assertThat(call("admin", HttpMethod.GET, "/api/v1/diagnoses/" + kept, null).getStatusCode().value()).isEqualTo(200);
        assertThat(call("admin", HttpMethod.GET, "/api/v1/referrals/" + keptReferral, null).getStatusCode().value())
                .isEqualTo(200);
        assertThat(call("admin", HttpMethod.GET, "/api/v1/diagnoses/" + lower, null).getStatusCode().value()).isEqualTo(200);

        // the audit: when, who, how much; never the reference
        JsonNode audit = json(call("admin", HttpMethod.GET, "/api/v1/admin/erasures?limit=1", null));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).isEqualTo(erased);
        String rows = jdbc.sql("select * from erasures").query().listOfRows().toString();
        assertThat(rows).contains("admin").doesNotContain(reference).doesNotContain(first).doesNotContain(booked);
        // nor does the log
        assertThat(output).contains("erasure " + erased.get("seq").asText() + ": 2 diagnoses, 2 referrals")
                .doesNotContain(reference);

        // erasing again erases nothing, and says so
        JsonNode again = json(erase("admin", "{\"reference\":\"" + reference + "\"}"));
        assertThat(again.get("diagnoses").asInt()).isZero();
        assertThat(again.get("seq").asLong()).isGreaterThan(erased.get("seq").asLong());
    }

    @Test
    void anErasureForgetsTheIdempotencyKeysWhoseAnswerNamedItsCases() {
        String reference = "KEYED-" + UUID.randomUUID().toString().substring(0, 8);
        String erasedDiagnosis = diagnosis(reference);
        String erasedReferral = referral(erasedDiagnosis, "", null);
        String kept = diagnosis(reference + "-other");
        OffsetDateTime now = OffsetDateTime.now();
        String insert = "insert into idempotency_keys (username, idem_key, operation, body_sha256, resource_ids, created_at)"
                + " values ('counsellor', ?, ?, 'x', ?, ?)";
        jdbc.sql(insert).params("batch-key-0000001", "DIAGNOSES", kept + "," + erasedDiagnosis, now).update();
        jdbc.sql(insert).params("referral-key-00001", "REFERRALS", erasedReferral, now).update();
        jdbc.sql(insert).params("kept-key-00000001", "DIAGNOSES", kept, now).update();

        assertThat(erase("admin", "{\"reference\":\"" + reference + "\"}").getStatusCode().value()).isEqualTo(200);

        // a key whose answer named an erased case ties the user's request to it: gone; a retry is a new request
        assertThat(count("select count(*) from idempotency_keys where idem_key in ('batch-key-0000001',"
                + " 'referral-key-00001')")).isZero();
        assertThat(count("select count(*) from idempotency_keys where idem_key = 'kept-key-00000001'")).isEqualTo(1);
    }

    @Test
    void anUnknownReferenceErasesNothingAndIsAnsweredWithZeroCounts() {
        long audited = count("select count(*) from erasures");
        ResponseEntity<String> answer = erase("admin", "{\"reference\":\"NEVER-STORED-1\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode erased = json(answer);
        for (String field : new String[] {"diagnoses", "referrals", "transitions", "notifications", "seatsFreed"}) {
            assertThat(erased.get(field).asInt()).as(field).isZero();
        }
        assertThat(count("select count(*) from erasures")).isEqualTo(audited + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                              | reference",
            "{\"reference\":null}            | reference",
            "{\"reference\":\"\"}            | reference",
            "{\"reference\":\"   \"}         | reference",
            "{\"reference\":\"A 1\"}         | reference",
            "{\"reference\":\"Jean Dupont!\"} | reference",
            "{\"reference\":5}               | reference",
            "{\"reference\":[\"A-1\"]}       | reference",
            "{\"ref\":\"A-1\"}               | ref",
            "not json                        | $",
            "[]                              | $"})
    void badInputIsA400NamingTheFieldAndErasesNothing(String body, String field) {
        long audited = count("select count(*) from erasures");
        ResponseEntity<String> answer = erase("admin", body);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json(answer).get("field").asText()).isEqualTo(field);
        assertThat(answer.getBody()).doesNotContain("Dupont");
        assertThat(count("select count(*) from erasures")).isEqualTo(audited);
    }

    @Test
    void aLongReferenceIsRefusedAndTheLimitOfTheAuditIsChecked() {
        assertThat(json(erase("admin", "{\"reference\":\"" + "A".repeat(65) + "\"}")).get("field").asText())
                .isEqualTo("reference");
        for (String limit : new String[] {"0", "1001", "x", "-1", ""}) {
            ResponseEntity<String> answer = call("admin", HttpMethod.GET, "/api/v1/admin/erasures?limit=" + limit, null);
            assertThat(answer.getStatusCode().value()).as(limit).isEqualTo(400);
            assertThat(json(answer).get("field").asText()).isEqualTo("limit");
        }
    }

    @Test
    void onlyAnAdministratorErasesOrReadsTheAudit() {
        String reference = "GUARDED-" + UUID.randomUUID().toString().substring(0, 8);
        String id = diagnosis(reference);
        for (String user : new String[] {"counsellor", "sw-molenbeek", "partner-sks", "planner"}) {
            assertThat(erase(user, "{\"reference\":\"" + reference + "\"}").getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(call(user, HttpMethod.GET, "/api/v1/admin/erasures", null).getStatusCode().value()).as(user)
                    .isEqualTo(403);
        }
        assertThat(erase(null, "{\"reference\":\"" + reference + "\"}").getStatusCode().value()).isEqualTo(401);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + id, null).getStatusCode().value()).isEqualTo(200);
    }
}
