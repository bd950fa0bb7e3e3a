package be.brussels.pan.rules.orientation;

import java.util.List;

/** A proposed offer after ranking: its total points and the reasons, in the order the rules gave them. */
public record RankedOffer(int rank, OfferCandidate offer, int points, List<Reason> reasons) {
}
