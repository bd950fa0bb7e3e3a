package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Attack row "retries duplicate" (issue 15).
 *
 * <p>The attack: a client whose 201 never arrived (the audit's kill -9 stored 11 diagnoses whose answers were lost)
 * sends the same {@code POST} again, as any client with a time-out does, with an {@code Idempotency-Key}.
 *
 * <p>Before: the header was ignored; every retry stored one more diagnosis (or referral), which inflated the
 * statistics and the planners' demand.
 *
 * <p>Now: a retry with the same key and body answers the first answer (201, the same body and Location) and stores
 * nothing, one at a time or all at once; the same key with another body is a 409 problem naming the header.
 */
class RetryDuplicatesAttackTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseEntity<String> post(String path, String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("Idempotency-Key", key);
        return http.exchange(uri(path), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static String esteban(String reference) throws Exception {
        return ((ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests", "esteban.json"))))
                .put("reference", reference).toString();
    }

    private long stored(String reference) {
        return jdbc.sql("select count(*) from diagnoses where reference = ?").param(reference).query(Long.class).single();
    }

    @Test
    void aDiagnosisRetriedAfterALost201IsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = esteban("RETRY-1");

        ResponseEntity<String> lost = post("/api/v1/diagnoses", key, body); // stored; the client never saw it
        List<ResponseEntity<String>> retries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retries.add(post("/api/v1/diagnoses", key, body));
        }

        assertThat(stored("RETRY-1")).isEqualTo(1);
        for (ResponseEntity<String> retry : retries) {
            assertThat(retry.getStatusCode().value()).isEqualTo(201);
            assertThat(retry.getBody()).isEqualTo(lost.getBody());
            assertThat(retry.getHeaders().getLocation()).isEqualTo(lost.getHeaders().getLocation());
        }
    }

    @Test
    void aBatchRetriedIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String batch = "[" + esteban("RETRY-B1") + "," + esteban("RETRY-B2") + "]";

        ResponseEntity<String> lost = post("/api/v1/diagnoses", key, batch);
        ResponseEntity<String> retry = post("/api/v1/diagnoses", key, batch);

        assertThat(retry.getBody()).isEqualTo(lost.getBody());
        assertThat(stored("RETRY-B1") + stored("RETRY-B2")).isEqualTo(2);
    }

    @Test
    void retriesSentAllAtOnceStoreOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = esteban("RETRY-2");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("/api/v1/diagnoses", key, body);
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatusCode().value()).isEqualTo(201);
                bodies.add(response.getBody());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored("RETRY-2")).isEqualTo(1);
    }

    @Test
    void aReferralRetriedIsCreatedOnce() throws Exception {
        String diagnosis = JSON.readTree(post("/api/v1/diagnoses", UUID.randomUUID().toString(), esteban("RETRY-3"))
                .getBody()).get("id").asText();
        String key = UUID.randomUUID().toString();
        String body = JSON.createObjectNode().put("diagnosisId", diagnosis).put("offerId", "epn-13-access")
                .put("note", "retried").toString();

        ResponseEntity<String> lost = post("/api/v1/referrals", key, body);
        ResponseEntity<String> retry = post("/api/v1/referrals", key, body);

        assertThat(lost.getStatusCode().value()).as(lost.getBody()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getLocation()).isEqualTo(lost.getHeaders().getLocation());
        assertThat(JSON.readTree(retry.getBody())).isEqualTo(JSON.readTree(lost.getBody()));
        assertThat(jdbc.sql("select count(*) from referrals where diagnosis_id = ?").param(UUID.fromString(diagnosis))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA409ProblemNamingTheHeader() throws Exception {
        String key = UUID.randomUUID().toString();
        post("/api/v1/diagnoses", key, esteban("RETRY-4"));

        ResponseEntity<String> other = post("/api/v1/diagnoses", key, esteban("RETRY-5"));

        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(other.getBody());
        assertThat(problem.get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(stored("RETRY-5")).isZero();
    }
}
