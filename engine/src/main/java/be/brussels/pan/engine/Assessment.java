package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import java.util.List;

/**
 * A diagnosis and the offers the person may not be referred to: every offer of the catalogue that a rule
 * excluded for this person, with that rule's id, whether or not it was proposed. A referral service checks a
 * referral against {@code exclusions} (an override needs a reason).
 */
public record Assessment(DiagnosisResponse response, List<Exclusion> exclusions) {

    public Assessment {
        exclusions = List.copyOf(exclusions);
    }

    /** The rule that excluded this offer for this person, if any. */
    public java.util.Optional<String> ruleExcluding(String offerId) {
        for (Exclusion exclusion : exclusions) {
            if (exclusion.offerId().equals(offerId)) {
                return java.util.Optional.of(exclusion.rule());
            }
        }
        return java.util.Optional.empty();
    }
}
