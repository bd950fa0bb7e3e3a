package be.brussels.pan.roster.cli;

import java.util.ArrayList;
import java.util.List;

/** Minimal argument reader: positionals in order, options anywhere after them. */
final class Args {
    private final List<String> rest;

    Args(String[] args) {
        this.rest = new ArrayList<>(List.of(args));
    }

    String next(String what) {
        for (int i = 0; i < rest.size(); i++) {
            String s = rest.get(i);
            if (!s.startsWith("--")) {
                return rest.remove(i);
            }
            if (!isFlag(s)) {
                i++; // skip the option's value
            }
        }
        throw new UsageException("missing " + what);
    }

    private static boolean isFlag(String s) {
        return s.equals("--quick") || s.equals("--feasible");
    }

    String option(String name, String fallback) {
        int i = rest.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= rest.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = rest.remove(i + 1);
        rest.remove(i);
        return value;
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
        return rest.remove(name);
    }

    void done() {
        if (!rest.isEmpty()) {
            throw new UsageException("unexpected arguments " + rest);
        }
    }
}
