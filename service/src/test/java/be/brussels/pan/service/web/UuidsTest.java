package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    @Test
    void aCanonicalUuidIsReadInEitherCase() {
        UUID id = UUID.randomUUID();

        assertThat(Uuids.require("id", id.toString())).isEqualTo(id);
        assertThat(Uuids.require("id", id.toString().toUpperCase(), "roster")).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-an-id", "1-2-3-4-5", "0000000-0000-0000-0000-0000000000001",
            "{00000000-0000-0000-0000-000000000001}", "00000000-0000-0000-0000-00000000000g"})
    void anythingElseIsBadInputNamingTheField(String value) {
        assertThat(Uuids.parse(value)).isEmpty();
        assertThatThrownBy(() -> Uuids.require("diagnosisId", value))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("diagnosisId"))
                .hasMessage(Echo.of(value) + " is not a UUID");
        assertThatThrownBy(() -> Uuids.require("id", value, "roster"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("id"))
                .hasMessage(Echo.of(value) + " is not a roster id (a UUID)");
    }

    @Test
    void aLongValueIsQuotedCut() {
        assertThatThrownBy(() -> Uuids.require("id", "x".repeat(300), "diagnosis"))
                .hasMessageNotContaining("x".repeat(41));
    }
}
