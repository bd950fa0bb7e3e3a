package be.brussels.pan.contract.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one definition of "strict" for the JSON the engine reads (diagnosis requests, catalogues): an unknown
 * or duplicate key, anything after the document, a null for a primitive, a number for an enum (0 for the first
 * constant), and any coercion between text, numbers and booleans ("12" for 12, 1.5 for 1, 1080 for "1080") are
 * errors rather than silent guesses. So is an empty or whitespace-only string where a boolean, a number, an enum, a
 * date or an id is expected: Jackson's default reads {@code " "} as null there, so that {@code "jobSeeker": " "}
 * became "unknown" and silently changed the diagnosis (issue 15). Text fields still take any string, blank included:
 * whether a blank text is allowed is each contract's own rule.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A builder with the strict reading settings; callers add their mix-ins and writing settings. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // An enum is named, never numbered: 0 is not COMPUTER (Jackson reads a number as the constant's
                // position unless told not to).
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfigDefaults(StrictJson::noBlankScalars)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * For every type but text: {@code ""} and a whitespace-only string are an error, not null. Shared with the
     * planner's roster reader, which keeps its own settings otherwise.
     */
    public static void noBlankScalars(MutableCoercionConfig config) {
        config.setAcceptBlankAsEmpty(false).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
