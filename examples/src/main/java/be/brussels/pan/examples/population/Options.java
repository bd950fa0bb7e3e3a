package be.brussels.pan.examples.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of a command: {@code --name value} options among the names it knows, and the rest in order.
 * A wrong argument is a {@link BadInputException} naming it.
 */
record Options(Map<String, String> named, List<String> positional) {

    /** ASCII digits only: Java's parsers would also take other scripts' digits (٣ for 3). */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    static Options parse(String[] args, Set<String> known) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                if (!known.contains(arg)) {
                    throw new BadInputException("unknown option " + arg + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
                if (i + 1 == args.length) {
                    throw new BadInputException(arg + " needs a value");
                }
                if (named.put(arg, args[++i]) != null) {
                    throw new BadInputException(arg + " is given twice");
                }
            } else {
                positional.add(arg);
            }
        }
        return new Options(named, positional);
    }

    String text(String name, String otherwise) {
        return named.getOrDefault(name, otherwise);
    }

    long whole(String name, long otherwise, long min, long max) {
        String value = named.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new BadInputException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException beyondLong) {
            throw new BadInputException(name + " must be from " + min + " to " + max + ", not " + value);
        }
        if (number < min || number > max) {
            throw new BadInputException(name + " must be from " + min + " to " + max + ", not " + value);
        }
        return number;
    }
}
