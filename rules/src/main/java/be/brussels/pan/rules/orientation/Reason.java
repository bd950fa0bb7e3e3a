package be.brussels.pan.rules.orientation;

/** Why an offer is ranked where it is: the id of the rule that said so and the points it gave. */
public record Reason(String rule, int points) {
}
