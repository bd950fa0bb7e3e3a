package be.brussels.pan.contract.diagnosis;

import java.util.List;

/** A diagnosis result (diagnosis contract, version 1). {@code id} is null when the engine runs alone. */
public record DiagnosisResponse(String id, String ruleBaseVersion, Fragility fragility, DigcompLevel digcompLevel,
                                Persona persona, Urgency urgency, List<TargetGroup> targetGroups,
                                List<Orientation> orientations, List<Explanation> explanation) {

    /** The same response with the id the service assigned. */
    public DiagnosisResponse withId(String newId) {
        return new DiagnosisResponse(newId, ruleBaseVersion, fragility, digcompLevel, persona, urgency, targetGroups,
                orientations, explanation);
    }

    public record Fragility(int score, FragilityLevel level, Dimensions dimensions) {
    }

    public record Dimensions(int access, int skills, int attitude) {
    }

    public record Persona(PersonaCode code, double match, List<Alternative> alternatives) {
    }

    public record Alternative(PersonaCode code, double match) {
    }

    public record Orientation(int rank, OrientationKind kind, String offerId, String name, String commune,
                              String postcode, List<Reason> reasons) {
    }

    public record Reason(String code, String text) {
    }

    public record Explanation(String rule, String text, String source) {
    }
}
