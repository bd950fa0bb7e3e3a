package be.brussels.pan.roster.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.contract.json.JsonPaths;
import be.brussels.pan.contract.json.StrictJson;

/**
 * Strict JSON reading and writing of the contract: unknown fields, unknown enum values, numbers given as
 * strings, numbers or booleans given where the contract has a string, fractions where an integer is expected
 * and trailing garbage are all rejected, with the JSON path of
 * the offending field in the error. Paths and the names of JSON kinds are the contract module's
 * ({@link JsonPaths}, {@link JsonMessages#expected}), as in the engine; the wording of the messages is the
 * planner's own (roster-contract.md, and the CLI's and the service's tests, quote it).
 */
public final class RosterJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "" or " " where a number, boolean or enum is expected is an error naming the field, not a silent null
            // (issue 15), as in the engine's StrictJson.
            .withCoercionConfigDefaults(StrictJson::noBlankScalars)
            // The contract's text fields (ids, codes, names, targetGroup, reasons...) are JSON strings: a number or
            // a boolean there is an error, not the text "5" or "true" (as in the engine's StrictJson).
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RosterJson() {
    }

    public static ProblemJson readProblem(InputStream in) {
        return read(in, ProblemJson.class);
    }

    public static ProblemJson readProblem(String json) {
        return read(json, ProblemJson.class);
    }

    public static SolutionJson readSolution(InputStream in) {
        return read(in, SolutionJson.class);
    }

    public static SolutionJson readSolution(String json) {
        return read(json, SolutionJson.class);
    }

    public static <T> T read(Path path, Class<T> type) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static <T> T read(InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new InvalidProblemException("$", "the input is empty or null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (java.io.CharConversionException e) {
            // Bytes that are not text in the encoding Jackson detected (a broken UTF-32, say): bad input, not I/O.
            throw new InvalidProblemException("$", "the input is not UTF-8 JSON text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new InvalidProblemException("$", "the input is empty or null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /**
     * Whether a document is a solution rather than a problem, decided by its top-level members: an object with
     * {@code problemId}, {@code assignments} or {@code unassigned} (members only a solution has). Text inside
     * values does not count. A document that cannot be parsed is not a solution here; reading it reports why.
     */
    public static boolean isSolution(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            return tree != null && tree.isObject()
                    && (tree.has("problemId") || tree.has("assignments") || tree.has("unassigned"));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

    /** Turns Jackson's error into one that names the field as a path like {@code sessions[3].kind}. */
    private static InvalidProblemException translate(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "$";
        String message = e.getOriginalMessage();
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(message == null ? "" : message);
        if (duplicate.matches()) {
            // A strict parser's duplicate key: read into a record, Jackson names the object that holds it; read
            // by the parser alone, the path is where the parser stands.
            String where = e instanceof JsonMappingException ? (path.equals("$") ? "" : path + ".") + duplicate.group(1)
                    : JsonPaths.ofSyntaxError(e);
            return new InvalidProblemException(where, "is given twice");
        }
        // Nulls.FAIL (SolutionJson) reports an absent field as an "invalid null" too: say both.
        if (e instanceof JsonMappingException mapping && JsonMessages.ofBlank(mapping) != null) {
            message = JsonMessages.ofBlank(mapping);
        } else if (e instanceof InvalidNullException) {
            message = "missing or null";
        } else if (e instanceof PropertyBindingException unknown) {
            message = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "unknown value '" + f.getValue() + "', expected one of "
                    + java.util.Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() == String.class) {
            message = "must be a string, not " + (e instanceof InvalidFormatException f ? f.getValue() : "this value");
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null && m.getTargetType().isEnum()) {
            message = "must be one of " + java.util.Arrays.toString(m.getTargetType().getEnumConstants());
        } else if (message != null && message.startsWith("Trailing token")) {
            message = "unexpected content after the JSON document";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            // Jackson's words name Java classes and its settings ("Cannot deserialize value of type `...ProblemJson`").
            message = "wrong type: expected " + JsonMessages.expected(m.getTargetType());
        }
        return new InvalidProblemException(path, message);
    }
}
