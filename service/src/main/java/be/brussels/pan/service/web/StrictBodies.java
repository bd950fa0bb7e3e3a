package be.brussels.pan.service.web;

import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.contract.json.JsonPaths;
import be.brussels.pan.contract.json.StrictJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Reads a request body into its record by the engine's one definition of strict JSON ({@link StrictJson}):
 * an unknown or duplicate field, a wrong type (a number for a string…), trailing content or malformed JSON is
 * a 400 problem naming the field ({@code $} for the document), whatever the service-wide Jackson settings.
 * Used by every endpoint that reads a JSON body of its own (referrals, users).
 */
public final class StrictBodies {

    // Dates (the registry's absences) are ISO-8601 text: 2026-12-01.
    private static final JsonMapper STRICT = StrictJson.builder().addModule(new JavaTimeModule()).build();

    private StrictBodies() {
    }

    public static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new BadInputException("$", "a JSON object is required");
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw new BadInputException("$", "a JSON object is required");
            }
            return value;
        } catch (JsonMappingException e) {
            String field = JsonPaths.of(e);
            throw new BadInputException(field, "$".equals(field) ? "the body must be one JSON object" : JsonMessages.of(e));
        } catch (JsonProcessingException e) {
            String field = JsonPaths.ofSyntaxError(e);
            throw new BadInputException(field, "$".equals(field) ? "the body is not well-formed JSON" : "is given twice");
        } catch (IOException e) {
            throw new BadInputException("$", "the body is not readable");
        }
    }
}
