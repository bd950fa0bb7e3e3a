package be.brussels.pan.examples;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.InvalidRequestException;
import java.util.List;

/**
 * How an integrator embeds the engine: build it once, share it between threads, diagnose.
 * Run: {@code java -cp examples/target/pan-examples.jar be.brussels.pan.examples.EmbedEngine}
 */
public final class EmbedEngine {

    private EmbedEngine() {
    }

    public static void main(String[] args) {
        // 1. Build the engine once, at start-up (about half a second), and keep it: it is thread-safe.
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();

        // 2. The four questions, and what the counsellor knows of the person (all optional; no name).
        DiagnosisRequest request = new DiagnosisRequest("A-2026-000123", Channel.ACTIRIS, "en",
                new Answers(Device.SMARTPHONE_ONLY, Internet.NONE, Ability.CANNOT, Ability.CANNOT),
                Profile.builder().age(57).postcode("1080").gender(Gender.MAN).jobSeeker(true)
                        .upperSecondaryCertificate(false).student(false).employed(false).retired(false)
                        .cpasBeneficiary(true).homeless(false).newcomer(false).disabilities(List.of())
                        .reducedMobility(false).languages(List.of("ar", "fr")).readsWritesFrenchOrDutch(false)
                        .build(),
                null);

        // 3. Diagnose. A request that breaks the contract throws, naming the field.
        DiagnosisResponse response;
        try {
            response = engine.diagnose(request);
        } catch (InvalidRequestException e) {
            System.err.println("rejected: " + e.field() + " " + e.problem());
            return;
        }

        System.out.printf("fragility %d (%s), persona %s, urgency %s, groups %s%n",
                response.fragility().score(), response.fragility().level(), response.persona().code(),
                response.urgency(), response.targetGroups());
        for (DiagnosisResponse.Orientation o : response.orientations()) {
            System.out.printf("%d. %s %s (%s)%n", o.rank(), o.kind(), o.name(), o.commune());
            o.reasons().forEach(r -> System.out.println("   - " + r.text()));
        }
        // The same engine takes the contract's JSON, single or batch: engine.diagnoseJson(json).
    }
}
