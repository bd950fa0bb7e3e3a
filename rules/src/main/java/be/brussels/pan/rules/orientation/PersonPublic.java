package be.brussels.pan.rules.orientation;

import java.util.Collection;

/**
 * The person is known to belong to a public that catalogue offers name ({@code publics}: HOMELESS,
 * WOMEN_ONLY, PARENTS…). Inserted by the rules of publics.drl, one per public; {@code rule} is the id of
 * the rule that knew it. Unknown facts never make a membership.
 */
public record PersonPublic(String code, String rule) {

    /** True when one of these memberships (PersonPublic facts, as a rule collects them) is a public of the offer. */
    public static boolean anyOf(Collection<?> memberships, OfferCandidate offer) {
        for (Object membership : memberships) {
            if (membership instanceof PersonPublic p && offer.hasPublic(p.code())) {
                return true;
            }
        }
        return false;
    }
}
