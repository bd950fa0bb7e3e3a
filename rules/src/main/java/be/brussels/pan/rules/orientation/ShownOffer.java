package be.brussels.pan.rules.orientation;

/** An offer the ranking shows the person, at its rank (inserted by the rule {@code ranking}). */
public record ShownOffer(OfferCandidate offer, int rank) {
}
