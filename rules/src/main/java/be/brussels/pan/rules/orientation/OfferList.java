package be.brussels.pan.rules.orientation;

import java.util.List;
import java.util.function.Predicate;

/** Offers in order (the proposals, or the offers shown in rank order): what a rule's test over several offers reads. */
public record OfferList(List<OfferCandidate> offers) {

    public OfferList {
        offers = List.copyOf(offers);
    }

    public boolean isEmpty() {
        return offers.isEmpty();
    }

    public boolean any(Predicate<OfferCandidate> test) {
        return offers.stream().anyMatch(test);
    }

    public boolean none(Predicate<OfferCandidate> test) {
        return offers.stream().noneMatch(test);
    }
}
