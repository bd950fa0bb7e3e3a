package be.brussels.pan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.DiagnosisJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five persona requests come out as their persona, with the urgency the seed gives each. */
class PersonaRequestsTest {

    private static final DiagnosisEngine ENGINE = DiagnosisEngine.withDefaultCatalog();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"esteban, ESTEBAN, HIGH", "louis, LOUIS, HIGH", "noemie, NOEMIE, MEDIUM", "anne, ANNE, MEDIUM",
            "benoit, BENOIT, LOW"})
    void eachPersonaRequestYieldsItsPersonaAndUrgency(String file, PersonaCode persona, Urgency urgency) throws Exception {
        String json = Files.readString(Path.of("requests", file + ".json"));

        DiagnosisResponse response = DiagnosisJson.mapper().readValue(ENGINE.diagnoseJson(json), DiagnosisResponse.class);

        assertThat(response.persona().code()).isEqualTo(persona);
        assertThat(response.urgency()).isEqualTo(urgency);
        assertThat(response.orientations()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"esteban", "louis", "noemie", "anne", "benoit"})
    void theStoredResponseIsWhatTheEngineAnswersToday(String file) throws Exception {
        String json = Files.readString(Path.of("requests", file + ".json"));
        JsonNode stored = DiagnosisJson.mapper().readTree(Files.readString(Path.of("requests", file + ".response.json")));

        JsonNode now = DiagnosisJson.mapper().readTree(ENGINE.diagnoseJson(json));

        assertThat(now).as("requests/%s.response.json is stale: regenerate it with the diagnose command", file)
                .isEqualTo(stored);
    }
}
