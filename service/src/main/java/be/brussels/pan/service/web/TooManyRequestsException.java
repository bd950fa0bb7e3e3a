package be.brussels.pan.service.web;

import java.util.Map;

/**
 * The service is at a bound it keeps on purpose (not a fault of the request): a 429 problem with a Retry-After
 * header. A feature says which bound in its own subclass and its {@link #properties()}.
 */
public class TooManyRequestsException extends RuntimeException {

    private final int retryAfterSeconds;
    private final Map<String, Object> properties;

    public TooManyRequestsException(String message, int retryAfterSeconds, Map<String, Object> properties) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
        this.properties = Map.copyOf(properties);
    }

    /** The seconds the client is told to wait (Retry-After). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem's own properties, beside type, title, status, detail and instance. */
    public Map<String, Object> properties() {
        return properties;
    }
}
