package be.brussels.pan.rules.orientation;

/** An offer of the catalogue this person may not be referred to, and the id of the rule that decided it. */
public record OfferExcluded(String offerId, String rule) {
}
