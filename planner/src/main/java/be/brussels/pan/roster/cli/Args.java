package be.brussels.pan.roster.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Minimal argument reader: positionals in order, options anywhere. A word starting with "--" that is not one of
 * the CLI's options is reported as unknown rather than taken for an option whose value is the next word; an
 * option given twice is refused.
 */
final class Args {
    /** Options that take a value, and flags; which command accepts which is checked by {@link #done()}. */
    private static final Set<String> VALUED = Set.of("--seconds", "--size", "--sessions", "--seed", "--out", "--week",
            "--published", "--lock", "--from", "--absent", "--seeds");
    private static final Set<String> FLAGS = Set.of("--quick", "--feasible", "--reproducible");

    private final List<String> rest;

    Args(String[] args) {
        this.rest = new ArrayList<>(List.of(args));
    }

    /** Whether the next positional is {@code word}; it is then taken. */
    boolean nextIs(String word) {
        for (int i = 0; i < rest.size(); i++) {
            String s = rest.get(i);
            if (!s.startsWith("--") || s.equals("--help")) {
                if (s.equals(word)) {
                    rest.remove(i);
                    return true;
                }
                return false;
            }
            if (VALUED.contains(s)) {
                i++;
            }
        }
        return false;
    }

    String next(String what) {
        for (int i = 0; i < rest.size(); i++) {
            String s = rest.get(i);
            if (!s.startsWith("--") || s.equals("--help")) {
                return rest.remove(i);
            }
            if (VALUED.contains(s)) {
                i++; // skip the option's value
            } else if (!FLAGS.contains(s)) {
                throw new UsageException("unknown option " + s);
            }
        }
        throw new UsageException("missing " + what);
    }

    String option(String name, String fallback) {
        int i = position(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= rest.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = rest.remove(i + 1);
        rest.remove(i);
        if (position(name) >= 0) {
            throw new UsageException(name + " given twice");
        }
        return value;
    }

    /** Where {@code name} stands as an option (not as another option's value), or -1. */
    private int position(String name) {
        for (int i = 0; i < rest.size(); i++) {
            String s = rest.get(i);
            if (s.equals(name)) {
                return i;
            }
            if (VALUED.contains(s)) {
                i++;
            }
        }
        return -1;
    }

    long longOption(String name, long fallback) {
        Long value = longOption(name);
        return value == null ? fallback : value;
    }

    /** The option's whole-number value, or null when the option is absent (every long is a possible value). */
    Long longOption(String name) {
        String value = option(name, null);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    boolean flag(String name) {
        int i = position(name);
        if (i < 0) {
            return false;
        }
        rest.remove(i);
        if (position(name) >= 0) {
            throw new UsageException(name + " given twice");
        }
        return true;
    }

    void done() {
        rest.stream().filter(s -> s.startsWith("--") && !VALUED.contains(s) && !FLAGS.contains(s)).findFirst()
                .ifPresent(s -> {
                    throw new UsageException("unknown option " + s);
                });
        if (!rest.isEmpty()) {
            throw new UsageException("unexpected arguments " + rest);
        }
    }
}
