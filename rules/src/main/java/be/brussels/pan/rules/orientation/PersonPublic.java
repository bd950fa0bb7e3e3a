package be.brussels.pan.rules.orientation;

/**
 * The person is known to belong to a public that catalogue offers name ({@code publics}: HOMELESS,
 * WOMEN_ONLY, PARENTS…). Inserted by the rules of publics.drl, one per public; {@code rule} is the id of
 * the rule that knew it. Unknown facts never make a membership.
 */
public record PersonPublic(String code, String rule) {
}
