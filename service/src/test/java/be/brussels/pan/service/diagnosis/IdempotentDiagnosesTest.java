package be.brussels.pan.service.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.service.idempotency.IdempotencyKey;
import be.brussels.pan.service.idempotency.IdempotencyStore;
import be.brussels.pan.service.idempotency.IdempotentRequest;
import be.brussels.pan.service.idempotency.Operation;
import be.brussels.pan.service.persistence.GroupCommitWriter;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/v1/diagnoses} with an {@code Idempotency-Key} (issue 15): a retry with the same key and body answers
 * the first answer (status, body, Location) and stores nothing; another body is a 409; the key is stored in the
 * diagnoses' own group commit, so that a key taken meanwhile stores none of them.
 */
class IdempotentDiagnosesTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private DiagnosisStore store;
    @Autowired
    private IdempotencyStore keys;

    private static String esteban(String reference) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests", "esteban.json")));
        return request.put("reference", reference).toString();
    }

    private ResponseEntity<String> post(String user, String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.add(IdempotencyKey.HEADER, key);
        }
        return http.exchange(uri("/api/v1/diagnoses"), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private long diagnosesOf(String reference) {
        return jdbc.sql("select count(*) from diagnoses where reference = ?").param(reference).query(Long.class).single();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstAnswerAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = esteban("IDEM-1");

        ResponseEntity<String> first = post("counsellor", key, body);
        long keysAfterFirst = rows("idempotency_keys");
        ResponseEntity<String> retry = post("counsellor", key, body);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation()).isNotNull();
        assertThat(retry.getHeaders().getContentType()).isEqualTo(first.getHeaders().getContentType());
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(diagnosesOf("IDEM-1")).isEqualTo(1);
        assertThat(rows("idempotency_keys")).isEqualTo(keysAfterFirst);
        assertThat(first.getHeaders().getLocation().toString())
                .isEqualTo("/api/v1/diagnoses/" + JSON.readTree(first.getBody()).get("id").asText());
    }

    @Test
    void aBatchIsRetriedWholeAsItsArrayEvenOfOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String batch = "[" + esteban("IDEM-B1") + "," + esteban("IDEM-B2") + "]";
        String ofOne = "[" + esteban("IDEM-B3") + "]";
        String keyOfOne = UUID.randomUUID().toString();

        ResponseEntity<String> first = post("counsellor", key, batch);
        ResponseEntity<String> retry = post("counsellor", key, batch);
        ResponseEntity<String> firstOfOne = post("counsellor", keyOfOne, ofOne);
        ResponseEntity<String> retryOfOne = post("counsellor", keyOfOne, ofOne);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isNull();
        assertThat(JSON.readTree(retry.getBody())).hasSize(2);
        assertThat(retryOfOne.getBody()).isEqualTo(firstOfOne.getBody()).startsWith("[");
        assertThat(retryOfOne.getHeaders().getLocation()).isNull();
        assertThat(diagnosesOf("IDEM-B1") + diagnosesOf("IDEM-B2") + diagnosesOf("IDEM-B3")).isEqualTo(3);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA409NamingTheHeaderAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post("counsellor", key, esteban("IDEM-2")).getStatusCode().value()).isEqualTo(201);
        long before = rows("diagnoses");

        ResponseEntity<String> other = post("counsellor", key, esteban("IDEM-3"));

        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(other.getBody());
        assertThat(problem.get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(problem.get("detail").asText()).contains("with another body").doesNotContain(key);
        assertThat(rows("diagnoses")).isEqualTo(before);
        assertThat(diagnosesOf("IDEM-3")).isZero();
    }

    @Test
    void keysAreTheUsersOwnAnotherUsersKeyIsAnotherKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = esteban("IDEM-4");

        ResponseEntity<String> counsellor = post("counsellor", key, body);
        ResponseEntity<String> socialWorker = post("sw-molenbeek", key, body);

        assertThat(counsellor.getStatusCode().value()).isEqualTo(201);
        assertThat(socialWorker.getStatusCode().value()).isEqualTo(201);
        assertThat(socialWorker.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(socialWorker.getHeaders().getLocation()).isNotEqualTo(counsellor.getHeaders().getLocation());
        assertThat(diagnosesOf("IDEM-4")).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryPostIsANewDiagnosisAsBefore() throws Exception {
        String body = esteban("IDEM-5");

        post("counsellor", null, body);
        post("counsellor", null, body);

        assertThat(diagnosesOf("IDEM-5")).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeaderAndStoresNothing() throws Exception {
        long before = rows("diagnoses");

        ResponseEntity<String> tooShort = post("counsellor", "retry-1", esteban("IDEM-6"));
        HttpHeaders twice = new HttpHeaders();
        twice.setBasicAuth("counsellor", PASSWORD);
        twice.setContentType(MediaType.APPLICATION_JSON);
        twice.add(IdempotencyKey.HEADER, UUID.randomUUID().toString());
        twice.add(IdempotencyKey.HEADER, UUID.randomUUID().toString());
        ResponseEntity<String> given2 = http.exchange(uri("/api/v1/diagnoses"), HttpMethod.POST,
                new HttpEntity<>(esteban("IDEM-6"), twice), String.class);

        for (ResponseEntity<String> answer : List.of(tooShort, given2)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(rows("diagnoses")).isEqualTo(before);
    }

    @Test
    void anInvalidBodyUnderAKeyFirstSentWithAnotherBodyIsThatKeys409() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post("counsellor", key, esteban("IDEM-8")).getStatusCode().value()).isEqualTo(201);

        // the key is not looked up before diagnosing (DiagnosisService): a body that fails its checks still meets it
        ResponseEntity<String> invalid = post("counsellor", key, "{\"answers\":{}}");

        assertThat(invalid.getStatusCode().value()).as(invalid.getBody()).isEqualTo(409);
        assertThat(JSON.readTree(invalid.getBody()).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void anInvalidBodyWithAKeyStoresNeitherAndTheKeyStaysFree() throws Exception {
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> invalid = post("counsellor", key, "{\"answers\":{}}");
        ResponseEntity<String> valid = post("counsellor", key, esteban("IDEM-7"));

        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(valid.getStatusCode().value()).isEqualTo(201);
        assertThat(valid.getHeaders().getFirst("Idempotent-Replayed")).isNull();
    }

    @Test
    void simultaneousRequestsWithOneKeyStoreOnceAndAllAnswerTheSame() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String key = UUID.randomUUID().toString();
                String reference = "IDEM-RACE-" + round;
                String body = esteban(reference);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return post("counsellor", key, body);
                    }));
                }
                start.countDown();
                Set<String> bodies = new HashSet<>();
                for (Future<ResponseEntity<String>> answer : answers) {
                    ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.getStatusCode().value()).as("round " + round + ": " + response.getBody())
                            .isEqualTo(201);
                    bodies.add(response.getBody());
                }
                assertThat(bodies).as("round " + round).hasSize(1);
                assertThat(diagnosesOf(reference)).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The key goes into the diagnoses' own commit: a key taken meanwhile keeps them out, and the group's others in. */
    @Test
    void aKeyTakenBeforeTheCommitStoresNoneOfTheCallsDiagnosesAndTheOtherCallsOfItsGroupAreStored() throws Exception {
        PanUser ana = new PanUser("ana-idem", "unused", Role.COUNSELLOR, "Actiris", true);
        IdempotentRequest taken = IdempotentRequest.of(ana.username(),
                new IdempotencyKey(UUID.randomUUID().toString()), Operation.DIAGNOSES, new byte[] {1});
        DiagnosisService.Diagnosed first = service.diagnoseAndStore(esteban("IDEM-8").getBytes(StandardCharsets.UTF_8),
                ana, taken.key());
        assertThat(first.replayed()).isFalse();
        long before = rows("diagnoses");
        byte[] body = esteban("IDEM-9").getBytes(StandardCharsets.UTF_8);
        var request = be.brussels.pan.engine.DiagnosisJson.parse(body).requests();
        var response = List.of(engines.engine().diagnose(request.get(0)));
        IdempotentRequest free = IdempotentRequest.of(ana.username(), new IdempotencyKey(UUID.randomUUID().toString()),
                Operation.DIAGNOSES, body);

        // Two calls announced together, so that they mostly share a group: one brings a key taken already, one a free key.
        try (DiagnosisStore.Announcement one = store.announceSave(); DiagnosisStore.Announcement two = store.announceSave()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> stale = pool.submit(() -> one.save(request, response, null, ana, taken));
                Future<?> fresh = pool.submit(() -> two.save(request, response, null, ana, free));
                assertThatThrownBy(() -> stale.get(30, TimeUnit.SECONDS)).rootCause()
                        .isInstanceOf(java.sql.SQLException.class);
                assertThatThrownBy(() -> stale.get()).cause().isInstanceOf(GroupCommitWriter.GroupCommitException.class)
                        .cause().isInstanceOf(DuplicateKeyException.class);
                fresh.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        }

        assertThat(rows("diagnoses")).isEqualTo(before + 1);
        assertThat(diagnosesOf("IDEM-9")).isEqualTo(1);
        assertThat(jdbc.sql("select resource_ids from idempotency_keys where username = ? and idem_key = ?")
                .params(ana.username(), free.key().value()).query(String.class).single())
                .isEqualTo(jdbc.sql("select id from diagnoses where reference = 'IDEM-9'").query(UUID.class).single().toString());
    }

    @Test
    void theHeaderIsInTheOpenApiDescriptionOfBothPosts() throws Exception {
        JsonNode api = JSON.readTree(call(null, HttpMethod.GET, "/v3/api-docs", null).getBody());
        for (String path : List.of("/api/v1/diagnoses", "/api/v1/referrals")) {
            JsonNode header = null;
            for (JsonNode parameter : api.at("/paths/" + path.replace("/", "~1") + "/post/parameters")) {
                if (parameter.get("name").asText().equals("Idempotency-Key")) {
                    header = parameter;
                }
            }
            assertThat(header).as(path).isNotNull();
            assertThat(header.get("in").asText()).isEqualTo("header");
            assertThat(header.at("/schema/minLength").asInt()).isEqualTo(16);
            assertThat(header.at("/schema/maxLength").asInt()).isEqualTo(128);
            assertThat(api.at("/paths/" + path.replace("/", "~1") + "/post/responses/409/description").asText())
                    .contains("Idempotency-Key");
        }
    }

    @Autowired
    private DiagnosisService service;
    @Autowired
    private be.brussels.pan.service.engine.EngineHolder engines;
}
