package be.brussels.pan.contract.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** The walker the property tests of the engine, the planner and the service rely on to cover every field. */
class ContractFieldsTest {

    @Test
    void theDiagnosisRequestsLeavesAreNamedAsTheReadersNameThem() {
        assertThat(ContractFields.of(DiagnosisRequest.class)).extracting(ContractFields.Field::toString)
                .contains("reference (TEXT)", "channel (ENUM)", "answers.device (ENUM)", "profile.age (NUMBER)",
                        "profile.jobSeeker (BOOLEAN)", "profile.disabilities[0] (ENUM)", "profile.languages[0] (TEXT)",
                        "extended.digcomp.safety (ENUM)");
        assertThat(ContractFields.of(DiagnosisRequest.class, ContractFields.Kind.BOOLEAN))
                .allMatch(f -> f.kind() == ContractFields.Kind.BOOLEAN).isNotEmpty();
    }

    @Test
    void aValueIsPutAtItsPathCreatingWhatIsMissing() throws Exception {
        JsonNode root = new ObjectMapper().readTree("{\"profile\": {\"age\": 30}}");
        ContractFields.Field disabilities = ContractFields.of(DiagnosisRequest.class).stream()
                .filter(f -> f.path().equals("profile.disabilities[0]")).findFirst().orElseThrow();
        ContractFields.Field safety = ContractFields.of(DiagnosisRequest.class).stream()
                .filter(f -> f.path().equals("extended.digcomp.safety")).findFirst().orElseThrow();

        JsonNode changed = ContractFields.with(ContractFields.with(root, disabilities, TextNode.valueOf(" ")), safety,
                TextNode.valueOf("\t"));

        assertThat(changed.toString()).isEqualTo(
                "{\"profile\":{\"age\":30,\"disabilities\":[\" \"]},\"extended\":{\"digcomp\":{\"safety\":\"\\t\"}}}");
        assertThat(root.toString()).isEqualTo("{\"profile\":{\"age\":30}}");
    }
}
