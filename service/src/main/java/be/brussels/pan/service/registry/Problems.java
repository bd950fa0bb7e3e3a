package be.brussels.pan.service.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found in one record, each naming its field (the JSON field, which is also the CSV column). A record
 * read from a body is refused on its first error; a CSV line reports them all.
 */
final class Problems {

    /** One error: the field (or null for the record as a whole) and what is wrong. */
    record Problem(String field, String message) {
    }

    private final List<Problem> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Problem(field, message));
    }

    /** Adds the error when {@code ok} is false; returns {@code ok}. */
    boolean require(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return ok;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
