package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attack-table row "personal data kept for ever" (issue 15, item 8: retention and erasure).
 *
 * <p>The attack: a person diagnosed and referred more than two years ago is still on file, with the referral's note
 * (a name and a phone number written by a counsellor) and the partner's refusal reason, readable by id; and a person
 * who asks for their data to be erased cannot be served: nothing erases what is held under their reference.
 *
 * <p>Before: nothing removed old cases (they stayed for ever), and {@code POST /api/v1/admin/erasures} did not exist
 * (404): both tests failed. Now: the scheduled retention job (here every second) removes a case unchanged for
 * {@code pan.retention.days} (730) while the statistics of its day stay the same, and an administrator erases
 * everything held under one reference.
 */
// Issue 16: the job runs under a cluster-wide lock held a bit less than its interval (pan.jobs.retention).
@TestPropertySource(properties = {"pan.retention.initial-delay=PT1S", "pan.retention.interval=PT1S",
        "pan.jobs.retention.lock-at-least-for=PT0.8S", "pan.jobs.retention.lock-at-most-for=PT0.8S"})
class RetentionAttackTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DiagnosisStore diagnoses;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCaseOlderThanTheRetentionPeriodIsGoneWithoutAnyoneAsking() throws Exception {
        String prefix = "ATTACK-OLD-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> old = new ArrayList<>();
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = diagnosis(prefix + i);
            old.add(id);
            referrals.add(referral(id, "Mme Martin " + i + ", 0470 11 22 33"));
        }
        transition(referrals.get(0), "{\"to\":\"REFUSED\",\"reason\":\"Mme Martin cannot come on Mondays\"}");
        String fresh = diagnosis(prefix + "fresh");
        // two years and two months ago, in one transaction (the job runs meanwhile)
        LocalDate day = LocalDate.now(Week.ZONE).minusDays(800);
        OffsetDateTime then = day.atTime(10, 0).atZone(Week.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (String id : old) {
                UUID diagnosis = UUID.fromString(id);
                jdbc.sql("update referral_transitions set occurred_at = ? where referral_id in"
                        + " (select id from referrals where diagnosis_id = ?)").params(then, diagnosis).update();
                jdbc.sql("update referrals set created_at = ?, updated_at = ? where diagnosis_id = ?")
                        .params(then, then, diagnosis).update();
                jdbc.sql("update diagnoses set created_at = ? where id = ?").params(then, diagnosis).update();
            }
        });
        OffsetDateTime from = day.atStartOfDay(Week.ZONE).toOffsetDateTime();
        DiagnosisCounts counted = diagnoses.counts(from, from.plusDays(1));
        assertThat(counted.total()).isEqualTo(5);

        long held = heldUnder(prefix + "%");
        for (long waited = 0; held > 1 && waited < 20_000; waited += 200) {
            Thread.sleep(200);
            held = heldUnder(prefix + "%");
        }

        assertThat(held).as("diagnoses still held under the old references 20 s later (the fresh one is 1)").isEqualTo(1);
        for (String id : old) {
            assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + id, null).getStatusCode().value())
                    .isEqualTo(404);
        }
        for (String id : referrals) {
            assertThat(call("admin", HttpMethod.GET, "/api/v1/referrals/" + id, null).getStatusCode().value())
                    .isEqualTo(404);
        }
        assertThat(jdbc.sql("select count(*) from referrals where note like 'Mme Martin%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from referral_transitions where reason like 'Mme Martin%'")
                .query(Long.class).single()).isZero();
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + fresh, null).getStatusCode().value())
                .isEqualTo(200);
        // the statistics of that day are what they were
        assertThat(diagnoses.counts(from, from.plusDays(1))).isEqualTo(counted);
    }

    @Test
    void everythingHeldUnderOnePersonsReferenceCanBeErasedOnRequest() throws Exception {
        String reference = "ATTACK-ERASE-" + UUID.randomUUID().toString().substring(0, 6);
        String id = diagnosis(reference);
        String referral = referral(id, "Mr Janssens, rue de la Loi 1");

        ResponseEntity<String> erased = call("admin", HttpMethod.POST, "/api/v1/admin/erasures",
                "{\"reference\":\"" + reference + "\"}");

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + id, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(call("admin", HttpMethod.GET, "/api/v1/referrals/" + referral, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(heldUnder(reference)).isZero();
        assertThat(jdbc.sql("select count(*) from referrals where reference = ?").param(reference).query(Long.class)
                .single()).isZero();
    }

    private long heldUnder(String referencePattern) {
        return jdbc.sql("select count(*) from diagnoses where reference like ?").param(referencePattern)
                .query(Long.class).single();
    }

    private String diagnosis(String reference) throws Exception {
        ObjectNode esteban = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests", "esteban.json")));
        esteban.put("reference", reference);
        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban.toString());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return JSON.readTree(created.getBody()).get("id").asText();
    }

    private String referral(String diagnosisId, String note) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", "epn-13-access")
                .put("note", note);
        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/referrals", body.toString());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return JSON.readTree(created.getBody()).get("id").asText();
    }

    private void transition(String referralId, String body) throws Exception {
        ResponseEntity<String> moved = call("partner-sks", HttpMethod.POST, "/api/v1/referrals/" + referralId + "/transitions",
                body);
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
        JsonNode answer = JSON.readTree(moved.getBody());
        assertThat(answer.get("status").asText()).isNotBlank();
    }
}
