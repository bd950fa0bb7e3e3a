package be.brussels.pan.engine;

/** An offer of the catalogue the person may not be referred to; {@code rule} is the id of the rule that decided it. */
public record Exclusion(String offerId, String rule) {
}
