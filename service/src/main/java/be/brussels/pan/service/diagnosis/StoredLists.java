package be.brussels.pan.service.diagnosis;

import java.util.Arrays;
import java.util.List;

/**
 * The list columns of the diagnoses table (languages, target_groups, orientation_kinds): comma-separated values
 * in the order they were given. Only this package writes or reads that form.
 */
final class StoredLists {

    private StoredLists() {
    }

    static String write(Iterable<String> values) {
        return String.join(",", values);
    }

    /** The values of a column, in order; none for null or blank. */
    static List<String> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
