package be.brussels.pan.service.referral;

import be.brussels.pan.json.JsonPaths;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Uuids;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;

/**
 * The request bodies of {@code /api/v1/referrals}, read by a strict reader of their own: unknown fields,
 * duplicate fields, wrong types (a number for a string…), trailing content and malformed JSON are a 400 problem
 * naming the field ({@code $} for the document), whatever the service-wide Jackson settings.
 */
final class ReferralRequests {

    /** Longest note and reason, in characters (the columns are varchar(1000)). */
    static final int MAX_TEXT = 1000;

    private static final JsonMapper STRICT = strict();

    private ReferralRequests() {
    }

    /** {@code POST /referrals}: diagnosisId and offerId are required, the note is optional. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Create(String diagnosisId, String offerId, String note) {
    }

    /** {@code POST /referrals/{id}/transitions}: {@code reason} is required for REFUSED, optional otherwise. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Transition(String to, String reason) {
    }

    /** A validated creation request. */
    record ValidCreate(UUID diagnosisId, String offerId, String note) {
        @Override
        public String toString() {
            return "ValidCreate[" + diagnosisId + ", " + offerId + "]"; // never the note
        }
    }

    /** A validated transition request. */
    record ValidTransition(ReferralStatus to, String reason) {
        @Override
        public String toString() {
            return "ValidTransition[" + to + "]"; // never the reason
        }
    }

    static ValidCreate create(byte[] body) {
        Create create = read(body, Create.class);
        UUID diagnosisId = uuid("diagnosisId", required("diagnosisId", create.diagnosisId()));
        String offerId = required("offerId", create.offerId());
        if (offerId.isBlank()) {
            throw new BadInputException("offerId", "must not be blank");
        }
        String note = create.note();
        if (note != null) {
            length("note", note);
        }
        return new ValidCreate(diagnosisId, offerId, note);
    }

    static ValidTransition transition(byte[] body) {
        Transition transition = read(body, Transition.class);
        String to = required("to", transition.to());
        ReferralStatus status;
        try {
            status = ReferralStatus.valueOf(to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("to", "'" + to + "' is not one of " + Arrays.toString(ReferralStatus.values()));
        }
        String reason = transition.reason();
        if (reason != null) {
            length("reason", reason);
        }
        if (status == ReferralStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new BadInputException("reason", "a reason is required to refuse a referral");
        }
        return new ValidTransition(status, reason == null || reason.isBlank() ? null : reason);
    }

    static UUID uuid(String field, String value) {
        return Uuids.parse(value).orElseThrow(() -> new BadInputException(field, "'" + abbreviate(value) + "' is not a UUID"));
    }

    private static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new BadInputException("$", "a JSON object is required");
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw new BadInputException("$", "a JSON object is required");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new BadInputException(JsonPaths.of(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            String field = JsonPaths.of(e);
            throw new BadInputException(field, "$".equals(field) ? "a JSON object is required" : "wrong type");
        } catch (JsonProcessingException e) {
            throw new BadInputException("$", "the body is not well-formed JSON");
        } catch (IOException e) {
            throw new BadInputException("$", "the body is not readable");
        }
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new BadInputException(field, "is required");
        }
        return value;
    }

    private static void length(String field, String value) {
        if (value.codePointCount(0, value.length()) > MAX_TEXT) {
            throw new BadInputException(field, "is over " + MAX_TEXT + " characters");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static JsonMapper strict() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A number, boolean, array or object where a string is expected is a wrong type, not a string.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
