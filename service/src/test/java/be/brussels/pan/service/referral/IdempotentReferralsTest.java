package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.idempotency.IdempotencyKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/v1/referrals} with an {@code Idempotency-Key} (issue 15): a retry answers the referral the key
 * created and books no second seat, even when the retries arrive together; another body is a 409.
 */
class IdempotentReferralsTest extends BookingTestSupport {

    /**
     * The sessions here start 45 days on: bookable, but after the other booking tests' next sessions and beyond the
     * seat snapshot's four weeks, so that the diagnoses of the test classes sharing this database do not see them.
     */
    private static final int DAYS = 45;

    private ResponseEntity<String> post(String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(IdempotencyKey.HEADER, key);
        return http.exchange(uri("/api/v1/referrals"), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static String body(String diagnosisId, String offerId, UUID session, String note) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", offerId).put("note", note);
        if (session != null) {
            body.put("sessionId", session.toString());
        }
        return body.toString();
    }

    private long referralsOf(String diagnosisId) {
        return jdbc.sql("select count(*) from referrals where diagnosis_id = ?").param(UUID.fromString(diagnosisId))
                .query(Long.class).single();
    }

    @Test
    void aRetryAnswersTheFirstReferralAndBooksNoSecondSeat() {
        UUID session = session(5, DAYS);
        String diagnosis = diagnosis();
        String key = UUID.randomUUID().toString();
        String body = body(diagnosis, SKS_OFFER, session, "first try");

        ResponseEntity<String> first = post(key, body);
        ResponseEntity<String> retry = post(key, body);

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(201);
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(referralsOf(diagnosis)).isEqualTo(1);
        assertThat(bookedSeats(session)).isEqualTo(1);
        assertThat(transitionsOf(json(first).get("id").asText())).isEqualTo(1);
    }

    @Test
    void aRetryAfterTheReferralMovedOnAnswersItAsItIsNow() {
        String diagnosis = diagnosis();
        String key = UUID.randomUUID().toString();
        String body = body(diagnosis, SKS_OFFER, null, "moved on");
        String id = json(post(key, body)).get("id").asText();
        assertThat(move("partner-sks", id, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> retry = post(key, body);

        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getLocation()).hasToString("/api/v1/referrals/" + id);
        assertThat(json(retry).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(referralsOf(diagnosis)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA409AndBooksNothing() {
        UUID session = session(5, DAYS);
        String diagnosis = diagnosis();
        String key = UUID.randomUUID().toString();
        assertThat(post(key, body(diagnosis, SKS_OFFER, session, "first")).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<String> other = post(key, body(diagnosis, SKS_OFFER, session, "second"));

        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(other).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(referralsOf(diagnosis)).isEqualTo(1);
        assertThat(bookedSeats(session)).isEqualTo(1);
    }

    @Test
    void aDiagnosisKeyIsNoReferralKey() {
        String key = UUID.randomUUID().toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(IdempotencyKey.HEADER, key);
        ResponseEntity<String> diagnosed = http.exchange(uri("/api/v1/diagnoses"), HttpMethod.POST, new HttpEntity<>(
                "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}",
                headers), String.class);
        assertThat(diagnosed.getStatusCode().value()).isEqualTo(201);

        ResponseEntity<String> referral = post(key, body(json(diagnosed).get("id").asText(), SKS_OFFER, null, "x"));

        assertThat(referral.getStatusCode().value()).isEqualTo(409);
        assertThat(json(referral).get("detail").asText()).contains("first used for POST /api/v1/diagnoses");
    }

    @Test
    void aRefusedCreationKeepsTheKeyFreeForTheRetry() {
        UUID session = session(1, DAYS);
        booked(session); // the only seat
        String diagnosis = diagnosis();
        String key = UUID.randomUUID().toString();
        String body = body(diagnosis, SKS_OFFER, session, "when a seat frees");

        ResponseEntity<String> full = post(key, body);
        String holder = jdbc.sql("select id from referrals where session_id = ?").param(session).query(UUID.class)
                .single().toString();
        assertThat(move("admin", holder, "CANCELLED", "freed for the test").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> retry = post(key, body);

        assertThat(full.getStatusCode().value()).isEqualTo(409);
        assertThat(json(full).get("field").asText()).isEqualTo("sessionId");
        assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(bookedSeats(session)).isEqualTo(1);
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateOneReferralAndBookOneSeat() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 4; round++) {
                UUID session = session(20, DAYS);
                String diagnosis = diagnosis();
                String key = UUID.randomUUID().toString();
                String body = body(diagnosis, SKS_OFFER, session, "race " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return post(key, body);
                    }));
                }
                start.countDown();
                Set<String> ids = new HashSet<>();
                for (Future<ResponseEntity<String>> answer : answers) {
                    ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
                    JsonNode json = json(response);
                    if (response.getStatusCode().value() == 201) {
                        ids.add(json.get("id").asText());
                    } else {
                        // a retry that meets the first still uncommitted is told to send it again
                        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
                        assertThat(json.get("field").asText()).isEqualTo("Idempotency-Key");
                        assertThat(json.get("detail").asText()).contains("still being processed");
                    }
                }
                assertThat(ids).as("round " + round).hasSize(1);
                assertThat(referralsOf(diagnosis)).as("round " + round).isEqualTo(1);
                assertThat(bookedSeats(session)).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
