package be.brussels.pan.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.service.web.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Idempotency-Key header's format, and what a key request keeps of a body: its hash only. */
class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b", "01HZX3J4K5M6N7P8Q9R0S1T2V3", "a1b2c3d4e5f6a7b8",
            "key_with.dots~and:colons+slash/equals=", " 3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b "})
    void aKeyOf16To128CharactersAmongTheAllowedOnesIsTaken(String value) {
        assertThat(IdempotencyKey.fromHeader(List.of(value)).value()).isEqualTo(value.strip());
    }

    @Test
    void aQuotedKeyIsTheSameKey() {
        assertThat(IdempotencyKey.fromHeader(List.of("\"3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b\"")))
                .isEqualTo(IdempotencyKey.fromHeader(List.of("3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b")));
    }

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.fromHeader(null)).isNull();
        assertThat(IdempotencyKey.fromHeader(List.of())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "short-key-15chr", "has a space in the key", "comma,separated,keys,here",
            "ünïcödé-ünïcödé-ünïcödé", "tab\there-tab-here-tab", "\"unbalanced-quote-key-value"})
    void aMalformedKeyIsA400NamingTheHeader(String value) {
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(List.of(value)))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("Idempotency-Key");
                    assertThat(e.getMessage()).startsWith("must be 16 to 128 characters among letters, digits and")
                            .doesNotContain(value.isBlank() ? "\u0000" : value.strip());
                });
    }

    @Test
    void aKeyOver128CharactersIsA400() {
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(List.of("k".repeat(129))))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
        assertThat(IdempotencyKey.fromHeader(List.of("k".repeat(128))).value()).hasSize(128);
    }

    @Test
    void theHeaderTwiceIsA400() {
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(List.of("3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b",
                "9a6b1c2d-3e4f-5a6b-7b8d-4e5f3f0e1c2a")))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("Idempotency-Key");
                    assertThat(e.getMessage()).isEqualTo("is given 2 times; give one key");
                });
    }

    @Test
    void aRequestKeepsTheBodysHashNotTheBodyAndItsTextNamesNoKey() {
        IdempotencyKey key = new IdempotencyKey("3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b");
        byte[] body = "{\"reference\":\"A-2026-000123\"}".getBytes(StandardCharsets.UTF_8);

        IdempotentRequest request = IdempotentRequest.of("ana", key, Operation.DIAGNOSES, body);

        assertThat(request.bodySha256()).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(IdempotentRequest.of("ana", key, Operation.DIAGNOSES, body.clone()).bodySha256())
                .isNotEqualTo(IdempotentRequest.of("ana", key, Operation.REFERRALS, body).bodySha256())
                .isNotEqualTo(IdempotentRequest.of("ana", key, Operation.DIAGNOSES,
                        "{\"reference\":\"A-2026-000124\"}".getBytes(StandardCharsets.UTF_8)).bodySha256());
        assertThat(request.toString() + key).doesNotContain("3f0e1c2a", "ana", "A-2026");
    }
}
