package be.brussels.pan.service.diagnosis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code exclusions} column of the diagnoses table (V13): a JSON object offer id → rule id, so that any
 * character of an offer id survives. Null means "never assessed" (a diagnosis stored before V13).
 */
final class StoredExclusions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private StoredExclusions() {
    }

    static String write(Map<String, String> exclusions) {
        if (exclusions == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(exclusions));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("exclusions not writable as JSON", e);
        }
    }

    static Map<String, String> read(String column) {
        if (column == null) {
            return null;
        }
        try {
            return JSON.readValue(column, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored exclusions are not a JSON object of strings", e);
        }
    }
}
