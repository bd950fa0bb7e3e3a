package be.brussels.pan.service.web;

/** A request that the current state does not allow (a transition the lifecycle forbids, a stale version). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict about one field or header ({@code Idempotency-Key}), which the problem names in {@code field}. */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the conflict is about, or null. */
    public String field() {
        return field;
    }
}
