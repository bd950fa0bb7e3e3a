package be.brussels.pan.service.idempotency;

import be.brussels.pan.service.web.BadInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header of {@code POST /api/v1/diagnoses} and {@code POST /api/v1/referrals}:
 * 16 to 128 characters among letters, digits and {@code - _ . ~ : + / =} (a UUID, a ULID, base64 of random bytes),
 * optionally in double quotes (the IETF draft's structured-field string: {@code "…"} and {@code …} are the same key).
 * At least 16 characters because a key is kept for a day and must not meet another request's by chance: a fresh
 * random UUID per operation is the intended use. Anything else, or the header twice, is a 400 naming the header.
 */
public record IdempotencyKey(String value) {

    /** The header's name, as the problems name it in {@code field}. */
    public static final String HEADER = "Idempotency-Key";
    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 128;
    static final String CHARACTERS = "A-Za-z0-9._~:+/=-";
    private static final Pattern FORMAT = Pattern.compile("[" + CHARACTERS + "]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    public IdempotencyKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an idempotency key");
        }
    }

    /**
     * The key of a request, from every value of its {@code Idempotency-Key} header: none when the header is absent.
     *
     * @throws BadInputException (field {@value #HEADER}) given twice, empty or malformed
     */
    public static IdempotencyKey fromHeader(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadInputException(HEADER, "is given " + values.size() + " times; give one key");
        }
        String value = values.get(0).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new BadInputException(HEADER, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters among"
                    + " letters, digits and - _ . ~ : + / = (a random UUID per request, say), not "
                    + (value.isEmpty() ? "empty" : value.length() + " characters"
                    + (value.length() >= MIN_LENGTH && value.length() <= MAX_LENGTH ? " with others" : "")));
        }
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return "IdempotencyKey[" + value.length() + " characters]"; // a key is a token of the client's: not logged
    }
}
