package be.brussels.pan.service.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a stored diagnosis tells a referral made from it: the caller's reference, the person's facts the partner
 * sees (languages, needs, disabilities, reduced mobility; never a name) and the offers it excluded.
 *
 * @param organisation    the organisation of the user who made the diagnosis, whose diagnosis it is
 * @param reducedMobility null when unknown
 * @param exclusions      offer id → id of the rule that excluded it; null for a diagnosis stored before exclusions
 *                        were kept (V13), which was never assessed
 */
public record DiagnosisFacts(UUID id, String organisation, String reference, List<String> languages, List<String> needs,
                             List<String> disabilities, Boolean reducedMobility, Map<String, String> exclusions) {

    public DiagnosisFacts {
        languages = List.copyOf(languages);
        needs = List.copyOf(needs);
        disabilities = List.copyOf(disabilities);
        exclusions = exclusions == null ? null : Map.copyOf(exclusions);
    }

    @Override
    public String toString() {
        return "DiagnosisFacts[" + id + "]"; // the reference may be a case number: never printed
    }
}
