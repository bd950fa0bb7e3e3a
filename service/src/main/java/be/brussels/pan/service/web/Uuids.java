package be.brussels.pan.service.web;

import java.util.Optional;
import java.util.UUID;

/**
 * Ids given as text (paths, bodies), read one way everywhere. A malformed id is bad input, a 400 naming its field
 * ({@code id} for the id in a path); only a well-formed id that names nothing is a 404.
 */
public final class Uuids {

    private Uuids() {
    }

    /**
     * The UUID written in its canonical form (8-4-4-4-12 hexadecimal digits, either case), or empty.
     * {@link UUID#fromString} alone also takes forms such as {@code 1-2-3-4-5}, which would make two
     * spellings of one id.
     */
    public static Optional<UUID> parse(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(value);
            return uuid.toString().equalsIgnoreCase(value) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The UUID in {@code value}, or a 400 naming {@code field}: {@code 'x' is not a UUID}. */
    public static UUID require(String field, String value) {
        return parse(value).orElseThrow(() -> new BadInputException(field, Echo.of(value) + " is not a UUID"));
    }

    /**
     * The id of a {@code kind} of thing ("diagnosis", "roster"), or a 400 naming {@code field}:
     * {@code 'x' is not a roster id (a UUID)}.
     */
    public static UUID require(String field, String value, String kind) {
        return parse(value).orElseThrow(() -> new BadInputException(field,
                Echo.of(value) + " is not a " + kind + " id (a UUID)"));
    }
}
