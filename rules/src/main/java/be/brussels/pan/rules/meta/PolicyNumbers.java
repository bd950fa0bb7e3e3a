package be.brussels.pan.rules.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The policy numbers of the rule base, read from the rules' metadata once, for the conditions that need one
 * (a global of every session, {@code policy}). A threshold such as the youth's age limit is written once, as
 * its rule's metadata ({@code @maxAge(25)}); the condition reads it here
 * ({@code age <= policy.number("group-youth", "maxAge")}) and the rule's text shows it as {@code {maxAge}}, so
 * that a policy officer changes one number and the rule, its text and docs/rules.md follow.
 */
public final class PolicyNumbers {

    private final Map<String, Map<String, Double>> byRule = new HashMap<>();

    public PolicyNumbers(List<Rule> rules) {
        for (Rule rule : rules) {
            Map<String, Double> numbers = new HashMap<>();
            RuleMeta.all(rule).forEach((key, value) -> {
                try {
                    numbers.put(key, Double.parseDouble(value.trim()));
                } catch (NumberFormatException notANumber) {
                    // ids, sources and names are metadata too; only numbers are policy numbers
                }
            });
            byRule.put(RuleMeta.id(rule), Map.copyOf(numbers));
        }
    }

    /** The number {@code key} of the rule {@code ruleId}; a missing one is a fault of the rule base, said at once. */
    public double number(String ruleId, String key) {
        Map<String, Double> numbers = byRule.get(ruleId);
        Double value = numbers == null ? null : numbers.get(key);
        if (value == null) {
            throw new IllegalStateException("no policy number @" + key + " on rule " + ruleId);
        }
        return value;
    }
}
