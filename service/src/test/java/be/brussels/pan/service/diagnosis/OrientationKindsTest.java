package be.brussels.pan.service.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.engine.DiagnosisJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrientationKindsTest {

    @Test
    void theKindsAreKeptInTheResponsesOrderEachOnce() throws Exception {
        DiagnosisResponse esteban = response("esteban");

        // esteban: SOCIAL_SUPPORT, SOCIAL_SUPPORT, START_DIGITAL, START_DIGITAL, PARTNER, EPN
        assertThat(OrientationKinds.of(esteban)).isEqualTo("SOCIAL_SUPPORT,START_DIGITAL,PARTNER,EPN");
        assertThat(OrientationKinds.read(OrientationKinds.of(esteban))).containsExactly(OrientationKind.SOCIAL_SUPPORT,
                OrientationKind.START_DIGITAL, OrientationKind.PARTNER, OrientationKind.EPN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anne", "benoit", "esteban", "louis", "noemie"})
    void aResponseStoredBeforeV5GetsTheValueANewOneIsStoredWith(String persona) throws Exception {
        byte[] stored = Files.readAllBytes(example(persona));

        assertThat(OrientationKinds.ofStoredJson(stored)).isEqualTo(OrientationKinds.of(response(persona)));
    }

    @Test
    void aStoredResponseThatCannotBeReadHasNoKinds() {
        assertThat(OrientationKinds.ofStoredJson("{\"orientations\":[{\"kind\":".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(OrientationKinds.ofStoredJson("{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(OrientationKinds.ofStoredJson(null)).isEmpty();
        assertThat(OrientationKinds.ofStoredJson(
                "{\"orientations\":[{\"kind\":\"WORKSHOP\"},{\"kind\":3},{\"kind\":\"EPN\"}]}".getBytes(StandardCharsets.UTF_8)))
                .as("names outside the contract are left out").isEqualTo("EPN");
    }

    @Test
    void aNameTheContractNoLongerKnowsIsLeftOutWhenRead() {
        assertThat(OrientationKinds.read("EPN,WORKSHOP,START_DIGITAL")).containsExactly(OrientationKind.EPN,
                OrientationKind.START_DIGITAL);
        assertThat(OrientationKinds.read("")).isEmpty();
        assertThat(OrientationKinds.read(null)).isEmpty();
    }

    @Test
    void everyKindOnceFitsTheColumnOfV5() throws Exception {
        String every = String.join(",", Arrays.stream(OrientationKind.values()).map(Enum::name).toList());
        assertThat(every.length()).isLessThanOrEqualTo(OrientationKinds.COLUMN_WIDTH);

        try (InputStream v5 = getClass().getResourceAsStream("/db/migration/V5__diagnoses_orientation_kinds.sql")) {
            assertThat(new String(v5.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("orientation_kinds varchar(" + OrientationKinds.COLUMN_WIDTH + ")");
        }
    }

    private static DiagnosisResponse response(String persona) throws Exception {
        return DiagnosisJson.mapper().readValue(Files.readAllBytes(example(persona)), DiagnosisResponse.class);
    }

    private static Path example(String persona) {
        return Path.of("..", "examples", "requests", persona + ".response.json");
    }
}
