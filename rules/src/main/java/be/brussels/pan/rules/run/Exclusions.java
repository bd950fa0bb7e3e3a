package be.brussels.pan.rules.run;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.rules.meta.RuleMeta;
import be.brussels.pan.rules.orientation.OfferCandidate;
import be.brussels.pan.rules.orientation.OfferExcluded;
import be.brussels.pan.rules.orientation.OrientationBoard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Every offer of the catalogue a person may not be referred to, with the rule that decided it, read from what
 * the rules concluded (nothing is decided here):
 * <ul>
 *   <li>a Start Digital offer, when {@code start-digital-eligible} did not fire: the only rule that offers it
 *   (start-digital.drl, "offered if and only if all four conditions are known to hold"). The rule named is
 *   the more specific {@code start-digital-age-unknown} or {@code start-digital-certificate-unknown} when one
 *   of them fired, else {@code start-digital-eligible} itself. Eligibility is the course's own condition, so
 *   it is named before any general exclusion;</li>
 *   <li>any other offer (and a Start Digital offer of an eligible person) that passes one of the rules'
 *   {@code excludeWhere} tests (exclude-age, exclude-reserved, exclude-inaccessible…), the first in firing
 *   order, applied to the whole catalogue and not only to the offers proposed.</li>
 * </ul>
 */
final class Exclusions {

    static final String START_DIGITAL_ELIGIBLE = "start-digital-eligible";
    static final String START_DIGITAL_AGE_UNKNOWN = "start-digital-age-unknown";
    static final String START_DIGITAL_CERTIFICATE_UNKNOWN = "start-digital-certificate-unknown";

    private Exclusions() {
    }

    static List<OfferExcluded> of(OrientationBoard board, List<Rule> fired, List<OfferCandidate> catalogue) {
        String startDigitalRule = startDigitalRule(fired);
        Map<String, String> byTests = board.excludedAmong(catalogue);
        List<OfferExcluded> result = new ArrayList<>();
        for (OfferCandidate offer : catalogue) {
            String rule = startDigitalRule != null && offer.getKind() == OrientationKind.START_DIGITAL
                    ? startDigitalRule : byTests.get(offer.getId());
            if (rule != null) {
                result.add(new OfferExcluded(offer.getId(), rule));
            }
        }
        return List.copyOf(result);
    }

    /** The rule that keeps Start Digital from this person, or null when it is offered. */
    private static String startDigitalRule(List<Rule> fired) {
        boolean ageUnknown = false;
        boolean certificateUnknown = false;
        for (Rule rule : fired) {
            switch (RuleMeta.id(rule)) {
                case START_DIGITAL_ELIGIBLE -> {
                    return null;
                }
                case START_DIGITAL_AGE_UNKNOWN -> ageUnknown = true;
                case START_DIGITAL_CERTIFICATE_UNKNOWN -> certificateUnknown = true;
                default -> { }
            }
        }
        return ageUnknown ? START_DIGITAL_AGE_UNKNOWN
                : certificateUnknown ? START_DIGITAL_CERTIFICATE_UNKNOWN : START_DIGITAL_ELIGIBLE;
    }
}
