package be.brussels.pan.service.web;

import java.util.Optional;
import java.util.UUID;

/** Ids given as text (paths, bodies), read one way everywhere. */
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
}
