package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.rules.run.RequestArbitraries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the engine's responses over generated requests: complete, deterministic, every text filled,
 * every orientation a catalogue record. What the rules conclude is checked in pan-rules (RuleProperties and
 * the rule cases).
 */
class DiagnosisProperties {

    private static final Set<String> SERVICE_IDS = Engines.DEFAULT.catalog().services().stream()
            .map(Service::id).collect(Collectors.toSet());

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Property(tries = 200)
    void theSameRequestGivesTheSameResponse(@ForAll("requests") DiagnosisRequest request) {
        assertThat(Engines.DEFAULT.diagnose(request)).isEqualTo(Engines.DEFAULT.diagnose(request));
    }

    @Property(tries = 500)
    void everyValidRequestGetsACompleteResponse(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);

        assertThat(response.id()).isNull();
        assertThat(response.ruleBaseVersion()).isEqualTo(Engines.DEFAULT.ruleBaseVersion());
        DiagnosisResponse.Dimensions d = response.fragility().dimensions();
        assertThat(List.of(response.fragility().score(), d.access(), d.skills(), d.attitude()))
                .allSatisfy(v -> assertThat(v).isBetween(0, 100));
        assertThat(response.persona().match()).isBetween(0.0, 1.0);
        // The five personae, but those a stated fact rules out (persona-not-*), each once.
        long ruledOut = response.explanation().stream().filter(e -> e.rule().startsWith("persona-not-")).count();
        assertThat(response.persona().alternatives()).hasSize((int) (4 - ruledOut))
                .allSatisfy(a -> assertThat(a.match()).isBetween(0.0, response.persona().match()))
                .extracting(DiagnosisResponse.Alternative::code).doesNotContain(response.persona().code()).doesNotHaveDuplicates();
        assertThat(response.persona().alternatives()).extracting(DiagnosisResponse.Alternative::match)
                .isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(response.explanation()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotContain("{"))
                .allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Property(tries = 500)
    void everyOrientationIsACatalogueRecordWithAReason(@ForAll("requests") DiagnosisRequest request) {
        List<DiagnosisResponse.Orientation> orientations = Engines.DEFAULT.diagnose(request).orientations();

        for (int i = 0; i < orientations.size(); i++) {
            DiagnosisResponse.Orientation o = orientations.get(i);
            assertThat(o.rank()).isEqualTo(i + 1);
            assertThat(SERVICE_IDS).contains(o.offerId());
            assertThat(o.reasons()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.text()).isNotBlank().doesNotContain("{"));
        }
        assertThat(orientations).extracting(DiagnosisResponse.Orientation::offerId).doesNotHaveDuplicates();
    }
}
