package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.contract.json.JsonPaths;
import be.brussels.pan.contract.json.StrictJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of the diagnosis contract: strict parsing (unknown fields, unknown enum values, wrong
 * types, duplicate keys and bodies over 64 KiB are rejected, naming the field) and the response writer.
 */
public final class DiagnosisJson {

    /** The contract's body limit. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = StrictJson.builder()
            .addMixIn(Digcomp.class, DigcompMixIn.class)
            // next sessions' dates as ISO text with the offset they were given (Brussels time), read back
            // with that offset rather than moved to UTC, so that a response reads back equal
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /** Digcomp's counting helpers serve the rules; they are not part of the contract's JSON. */
    private abstract static class DigcompMixIn {
        @JsonIgnore abstract int getAreasAtMostBasic();
        @JsonIgnore abstract int getAreasProficient();
        @JsonIgnore abstract int getAreasNone();
        @JsonIgnore abstract int getAreasBasic();
    }

    private DiagnosisJson() {
    }

    /** A parsed body: one request, or a batch. */
    public record Body(boolean isBatch, List<DiagnosisRequest> requests) {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Body parse(String json) {
        if (json == null) {
            throw new InvalidRequestException("$", "a JSON body is required");
        }
        if (json.length() > MAX_BODY_BYTES) {
            throw new InvalidRequestException("$", "the body is over 64 KiB");
        }
        return parse(json.getBytes(StandardCharsets.UTF_8)); // measures the UTF-8 bytes against the same limit
    }

    public static Body parse(byte[] json) {
        if (json.length > MAX_BODY_BYTES) {
            throw new InvalidRequestException("$", "the body is over 64 KiB");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(JsonPaths.ofSyntaxError(e), JsonMessages.ofSyntaxError(e));
        } catch (java.io.IOException e) {
            throw new InvalidRequestException("$", "unreadable body: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRequestException("$", "a JSON body is required");
        }
        if (tree.isArray()) {
            if (tree.isEmpty()) {
                throw new InvalidRequestException("$", "a batch needs at least one request");
            }
            List<DiagnosisRequest> requests = new ArrayList<>(tree.size());
            for (int i = 0; i < tree.size(); i++) {
                try {
                    requests.add(toRequest(tree.get(i)));
                } catch (InvalidRequestException e) {
                    throw e.inBatch(i);
                }
            }
            return new Body(true, requests);
        }
        return new Body(false, List.of(toRequest(tree)));
    }

    public static String write(Object response) {
        try {
            return MAPPER.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    /** The response as UTF-8 JSON bytes, written directly (no intermediate string). */
    public static byte[] writeBytes(Object response) {
        try {
            return MAPPER.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    public static String writePretty(Object response) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    private static DiagnosisRequest toRequest(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidRequestException("$", "a request must be a JSON object");
        }
        try {
            return MAPPER.treeToValue(node, DiagnosisRequest.class);
        } catch (JsonMappingException e) {
            throw new InvalidRequestException(JsonPaths.of(e), JsonMessages.of(e));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("$", "malformed JSON: " + e.getOriginalMessage());
        }
    }
}
