package be.brussels.pan.service.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The cells of one CSV line by column name, read into a record's values. A cell that does not read is reported
 * to {@link Problems} under its column and read as null, so that every error of the line is found at once.
 * Lists are written {@code a|b|c} (a character neither delimiter uses); booleans {@code true}/{@code false}.
 */
final class Cells {

    static final String LIST_SEPARATOR = "|";

    private final Map<String, String> cells;
    private final Problems problems;

    Cells(Map<String, String> cells, Problems problems) {
        this.cells = cells;
        this.problems = problems;
    }

    /** The trimmed text, or null when the column is absent or the cell blank. */
    String text(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?[0-9]{1,9}")) {
            problems.add(column, "must be a whole number, not " + quoted(value));
            return null;
        }
        return Integer.valueOf(value);
    }

    Boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(column, "must be true or false, not " + quoted(value));
                yield null;
            }
        };
    }

    <E extends Enum<E>> E enumOf(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(column, quoted(value) + " is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** The values of a list cell, an empty list for a blank cell (null only when the column is absent). */
    List<String> list(String column) {
        return list(column, Function.identity());
    }

    <V> List<V> list(String column, Function<String, V> read) {
        if (!cells.containsKey(column)) {
            return null;
        }
        String value = text(column);
        List<V> values = new ArrayList<>();
        if (value != null) {
            for (String part : value.split("\\|", -1)) {
                V read1 = read.apply(part.trim());
                if (read1 != null) {
                    values.add(read1);
                }
            }
        }
        return values;
    }

    <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
        return list(column, part -> {
            try {
                return Enum.valueOf(type, part.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(column, quoted(part) + " is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        });
    }

    /** {@code 2026-12-01} or {@code 2026-12-01..2026-12-03}. */
    List<AnimatorEntry.Absence> absences(String column) {
        return list(column, part -> {
            String[] days = part.split("\\.\\.", -1);
            try {
                if (days.length == 1) {
                    LocalDate day = LocalDate.parse(days[0]);
                    return new AnimatorEntry.Absence(day, day);
                }
                if (days.length == 2) {
                    return new AnimatorEntry.Absence(LocalDate.parse(days[0]), LocalDate.parse(days[1]));
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            problems.add(column, quoted(part) + " is not a date (2026-12-01) or a period (2026-12-01..2026-12-03)");
            return null;
        });
    }

    static String quoted(String value) {
        return be.brussels.pan.service.web.Echo.of(value);
    }
}
