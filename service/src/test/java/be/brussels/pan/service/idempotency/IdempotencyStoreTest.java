package be.brussels.pan.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Keys are kept for pan.idempotency.keep (PT24H), then purged; an older key is a new key. */
class IdempotencyStoreTest extends ApiTest {

    private static final String BODY = "{\"reference\":\"IDEM-PURGE\",\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\","
            + "\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}";

    @Autowired
    private IdempotencyStore keys;
    @Autowired
    private IdempotencyPurgeJob purge;

    private void storeKey(String key, OffsetDateTime at) {
        IdempotentRequest request = IdempotentRequest.of("counsellor", new IdempotencyKey(key), Operation.DIAGNOSES,
                BODY.getBytes(StandardCharsets.UTF_8));
        keys.insert(List.of(request.claim(List.of(UUID.randomUUID()), at.toInstant())));
    }

    private long held(String key) {
        return jdbc.sql("select count(*) from idempotency_keys where idem_key = ?").param(key).query(Long.class).single();
    }

    @Test
    void theKeepIsTheSetting() {
        assertThat(keys.keep()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void thePurgeDeletesTheKeysOlderThanTheKeepAndNoOther() {
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        storeKey(old, OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));
        storeKey(fresh, OffsetDateTime.now(ZoneOffset.UTC).minusHours(23));

        purge.run();

        assertThat(held(old)).isZero();
        assertThat(held(fresh)).isEqualTo(1);
    }

    @Test
    void aKeyOlderThanTheKeepIsANewKeyEvenBeforeThePurge() {
        String key = UUID.randomUUID().toString();
        storeKey(key, OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(IdempotencyKey.HEADER, key);

        ResponseEntity<String> answer = http.exchange(uri("/api/v1/diagnoses"), HttpMethod.POST,
                new HttpEntity<>(BODY, headers), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        assertThat(answer.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(held(key)).isEqualTo(1);
        assertThat(jdbc.sql("select resource_ids from idempotency_keys where idem_key = ?").param(key)
                .query(String.class).single()).isEqualTo(answer.getHeaders().getLocation().getPath()
                .substring("/api/v1/diagnoses/".length()));
    }

    @Test
    void aKeyWhoseDiagnosesWereDeletedIsA409ThatStoresNothingAgain() {
        String key = UUID.randomUUID().toString();
        storeKey(key, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)); // its diagnosis id names no row
        long before = rows("diagnoses");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(IdempotencyKey.HEADER, key);

        ResponseEntity<String> answer = http.exchange(uri("/api/v1/diagnoses"), HttpMethod.POST,
                new HttpEntity<>(BODY, headers), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody()).contains("\"field\":\"Idempotency-Key\"", "deleted since");
        assertThat(rows("diagnoses")).isEqualTo(before);
    }
}
