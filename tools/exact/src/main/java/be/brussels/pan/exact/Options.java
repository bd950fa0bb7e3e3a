package be.brussels.pan.exact;

import java.util.Arrays;
import java.util.Locale;

import be.brussels.pan.roster.generator.Size;

/**
 * The command line of {@link Exact} and {@link Bound}: the options both take (the week size, the seeds, the seconds,
 * the log) and a reader for the others. A bad value stops the tool with a message naming the option and the usage,
 * before any solver is loaded.
 */
final class Options {

    /** A command line that does not make sense: the tool prints the message and its usage and exits with 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final String[] args;
    private int next;
    Size size = Size.S;
    long from = 1;
    long to = 1;
    double seconds;
    boolean log;

    Options(String[] args, double seconds) {
        this.args = args;
        this.seconds = seconds;
    }

    /** The next option's name, or null at the end. */
    String nextOption() {
        return next < args.length ? args[next++] : null;
    }

    /**
     * Reads one of the shared options into its field; false when {@code option} is not one of them (the caller's, or
     * unknown).
     */
    boolean readShared(String option) {
        switch (option) {
            case "--size" -> size = size(option);
            case "--from" -> from = wholeNumber(option);
            case "--to" -> to = wholeNumber(option);
            case "--seconds" -> seconds = positiveDouble(option);
            case "--log" -> log = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Checks what no single option can: the seed range. */
    Options done() {
        if (from > to) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        return this;
    }

    String value(String option) {
        if (next >= args.length || args[next].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[next++];
    }

    /** Any whole number (a seed). */
    long wholeNumber(String option) {
        String value = value(option);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + value + "'");
        }
    }

    long positiveLong(String option) {
        String value = value(option);
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException(option + " must be a whole number above 0, not '" + value + "'");
    }

    int positiveInt(String option) {
        long n = positiveLong(option);
        if (n > Integer.MAX_VALUE) {
            throw new UsageException(option + " is too large: " + n);
        }
        return (int) n;
    }

    double positiveDouble(String option) {
        String value = value(option);
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException(option + " must be a number of seconds above 0, not '" + value + "'");
    }

    /** A comma-separated list of whole numbers above 0. */
    long[] positiveLongs(String option) {
        String value = value(option);
        try {
            long[] all = Arrays.stream(value.split(",", -1)).mapToLong(s -> Long.parseLong(s.trim())).toArray();
            if (Arrays.stream(all).allMatch(n -> n > 0)) {
                return all;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException(option + " must be whole numbers above 0 separated by commas, not '" + value + "'");
    }

    private Size size(String option) {
        String value = value(option);
        try {
            return Size.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " must be one of " + Arrays.toString(Size.values()) + ", not '"
                    + value + "'");
        }
    }

    static UsageException unknown(String option) {
        return new UsageException("unknown option " + option);
    }

    /** Ends a tool on a usage error: its message and the usage on stderr, exit status 2. */
    static void fail(UsageException e, String usage) {
        System.err.println(e.getMessage());
        System.err.println("usage: " + usage);
        System.exit(2);
    }
}
