package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.seats.UpcomingSession;
import java.util.List;

/**
 * A proposed offer after ranking: its total points and the reasons, in the order the rules gave them; and its
 * next sessions with free seats, soonest first, when a seat rule listed them (else empty).
 */
public record RankedOffer(int rank, OfferCandidate offer, int points, List<Reason> reasons,
                          List<UpcomingSession> nextSessions) {

    public RankedOffer(int rank, OfferCandidate offer, int points, List<Reason> reasons) {
        this(rank, offer, points, reasons, List.of());
    }
}
