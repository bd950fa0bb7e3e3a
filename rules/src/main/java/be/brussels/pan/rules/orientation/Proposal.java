package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.diagnosis.OrientationKind;

/**
 * An offer that a rule proposed for the person. Only proposals are ranked; the ranking rules match on
 * proposals, so that they never look at the offers no rule proposed.
 */
public final class Proposal {
    private final OfferCandidate offer;

    public Proposal(OfferCandidate offer) {
        this.offer = offer;
    }

    public OfferCandidate getOffer() { return offer; }
    public OrientationKind getKind() { return offer.getKind(); }
    public String getId() { return offer.getId(); }
}
