package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.rules.run.RequestArbitraries;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The contract's JSON carries a request and a response without loss. */
class JsonRoundTripProperties {

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Property(tries = 300)
    void aRequestSurvivesItsJson(@ForAll("requests") DiagnosisRequest request) throws Exception {
        String json = DiagnosisJson.mapper().writeValueAsString(request);

        DiagnosisJson.Body body = DiagnosisJson.parse(json);

        assertThat(body.isBatch()).isFalse();
        assertThat(body.requests()).containsExactly(request);
    }

    @Property(tries = 100)
    void aResponseSurvivesItsJson(@ForAll("requests") DiagnosisRequest request) throws Exception {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);

        String json = DiagnosisJson.write(response);

        assertThat(DiagnosisJson.mapper().readValue(json, DiagnosisResponse.class)).isEqualTo(response);
    }

    @Property(tries = 100)
    void theJsonEntryPointAgreesWithTheTypedApi(@ForAll("requests") DiagnosisRequest request) throws Exception {
        String json = DiagnosisJson.mapper().writeValueAsString(request);

        String answer = Engines.DEFAULT.diagnoseJson(json);

        assertThat(DiagnosisJson.mapper().readValue(answer, DiagnosisResponse.class))
                .isEqualTo(Engines.DEFAULT.diagnose(request));
    }
}
