package be.brussels.pan.contract.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
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

    /**
     * One ranked offer. {@code nextSessions} (diagnosis contract 1.x, optional, added with rule base 1.2.0): the
     * offer's next sessions with free seats, soonest first, when the engine was given a seat snapshot; left
     * out of the JSON when empty, so that a response without a snapshot reads as before.
     */
    public record Orientation(int rank, OrientationKind kind, String offerId, String name, String commune,
                              String postcode, List<Reason> reasons,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NextSession> nextSessions) {

        public Orientation {
            nextSessions = nextSessions == null ? List.of() : List.copyOf(nextSessions);
        }

        /** An orientation without next sessions (the diagnosis contract 1.0 shape). */
        public Orientation(int rank, OrientationKind kind, String offerId, String name, String commune,
                           String postcode, List<Reason> reasons) {
            this(rank, kind, offerId, name, commune, postcode, reasons, List.of());
        }
    }

    /**
     * A session of the offer with free seats, as the person can book it: when (with the offset, Brussels time),
     * where ({@code address} null when not known), in which language, and how many seats are still free.
     */
    public record NextSession(String id, OffsetDateTime start, OffsetDateTime end, String venue, String address,
                              String language, int freeSeats) {
    }

    public record Reason(String code, String text) {
    }

    public record Explanation(String rule, String text, String source) {
    }
}
