package be.brussels.pan.service.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A well-formed request that the service's rules refuse for what it names (a referral to an offer the diagnosis
 * excluded): a 422 problem naming the field, with the feature's own {@link #properties()}. A feature says which
 * rule in its own subclass.
 */
public class UnprocessableException extends RuntimeException {

    private final String field;
    private final Map<String, Object> properties;

    public UnprocessableException(String field, String message, Map<String, Object> properties) {
        super(message);
        this.field = field;
        this.properties = Map.copyOf(properties);
    }

    public String field() {
        return field;
    }

    /** The problem's properties: {@code field} and the feature's own. */
    public Map<String, Object> properties() {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("field", field);
        return all;
    }
}
