package be.brussels.pan.rules;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata ({@code @id}, {@code @source}, {@code @points}…). Policy numbers are written
 * next to the rule that uses them, as metadata, so that a policy officer reads number and reason together.
 */
public final class RuleMeta {

    private RuleMeta() {
    }

    /** The rule's stable id ({@code @id}), or its name when it has none. */
    public static String id(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : unquote(id);
    }

    public static String source(Rule rule) {
        Object source = rule.getMetaData().get("source");
        return source == null ? null : unquote(source);
    }

    public static int integer(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        return Integer.parseInt(unquote(value).trim());
    }

    public static double decimal(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Double.parseDouble(unquote(value).trim());
    }

    public static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : unquote(value);
    }

    public static Map<String, Object> all(Rule rule) {
        return rule.getMetaData();
    }

    private static String unquote(Object value) {
        String s = String.valueOf(value);
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
