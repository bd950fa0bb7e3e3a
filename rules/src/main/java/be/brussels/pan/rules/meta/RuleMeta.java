package be.brussels.pan.rules.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata ({@code @id}, {@code @source}, {@code @points}…). Policy numbers are written
 * next to the rule that uses them, as metadata, so that a policy officer reads number and reason together.
 * Parsed values are cached per rule: rules fire many times and their metadata never changes.
 */
public final class RuleMeta {

    /** Keyed by the rule's name: the name string is the rule's own field, so its hash is computed once. */
    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

    private RuleMeta() {
    }

    /** The rule's stable id ({@code @id}), or its name when it has none. */
    public static String id(Rule rule) {
        return parsed(rule).id;
    }

    public static String source(Rule rule) {
        return parsed(rule).source;
    }

    public static int integer(Rule rule, String key) {
        return (int) parsed(rule).number(rule, key);
    }

    public static double decimal(Rule rule, String key) {
        return parsed(rule).number(rule, key);
    }

    public static String text(Rule rule, String key) {
        return parsed(rule).texts.get(key);
    }

    /** What a rule that gives points says of them: its id, {@code @points} and {@code @family} (null: none). */
    public record Scoring(String id, int points, String family) {
    }

    /** The rule's {@link Scoring}, read once. */
    public static Scoring scoring(Rule rule) {
        Parsed p = parsed(rule);
        Scoring scoring = p.scoring;
        if (scoring == null) {
            scoring = new Scoring(p.id, (int) p.number(rule, "points"), p.texts.get("family"));
            p.scoring = scoring;
        }
        return scoring;
    }

    /** A space-separated list of words ({@code @ofRules("a b")}), as an unmodifiable set; empty when absent. */
    public static java.util.Set<String> words(Rule rule, String key) {
        return parsed(rule).words(key);
    }

    /** Every metadata value, unquoted: the placeholders a rule's text may use. */
    public static Map<String, String> all(Rule rule) {
        return parsed(rule).texts;
    }

    private static Parsed parsed(Rule rule) {
        String key = rule.getName();
        Parsed p = CACHE.get(key);
        if (p == null) {
            p = new Parsed(rule);
            CACHE.put(key, p);
        }
        return p;
    }

    private static final class Parsed {
        private final String id;
        private final String source;
        private final Map<String, String> texts;
        private final Map<String, Double> numbers = new ConcurrentHashMap<>();
        private final Map<String, java.util.Set<String>> words = new ConcurrentHashMap<>();
        /** Set once, racily: every thread computes the same immutable value. */
        private volatile Scoring scoring;

        private Parsed(Rule rule) {
            Map<String, String> values = new HashMap<>();
            rule.getMetaData().forEach((k, v) -> values.put(k, unquote(v)));
            this.texts = Map.copyOf(values);
            this.id = values.getOrDefault("id", rule.getName());
            this.source = values.get("source");
        }

        private java.util.Set<String> words(String key) {
            return words.computeIfAbsent(key, k -> {
                String text = texts.get(k);
                return text == null || text.isBlank() ? java.util.Set.of()
                        : java.util.Set.copyOf(java.util.Arrays.asList(text.trim().split("\\s+")));
            });
        }

        private double number(Rule rule, String key) {
            Double value = numbers.get(key);
            if (value == null) {
                String text = texts.get(key);
                if (text == null) {
                    throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
                }
                value = Double.parseDouble(text.trim());
                numbers.put(key, value);
            }
            return value;
        }
    }

    private static String unquote(Object value) {
        String s = String.valueOf(value);
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
