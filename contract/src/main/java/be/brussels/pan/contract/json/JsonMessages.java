package be.brussels.pan.contract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * What a Jackson mapping error means, in the words of the contracts rather than Jackson's: "unknown field",
 * "unknown value 'X', expected one of [...]", "wrong type: expected a whole number". Jackson's own messages
 * name Java classes and its configuration ("Cannot deserialize value of type `be.brussels...Answers`",
 * "set DeserializationFeature... to allow"), which mean nothing to the caller. The path is {@link JsonPaths}'.
 */
public final class JsonMessages {

    private JsonMessages() {
    }

    public static String of(JsonMappingException e) {
        if (e instanceof PropertyBindingException unknown) { // unrecognized or ignored property
            return "unknown field '" + cut(unknown.getPropertyName()) + "'";
        }
        String blank = ofBlank(e);
        if (blank != null) {
            return blank;
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            if (format.getTargetType().isEnum()) {
                return "unknown value '" + cut(format.getValue()) + "', expected one of "
                        + Arrays.toString(format.getTargetType().getEnumConstants());
            }
            return "wrong type: expected " + expected(format.getTargetType()) + ", not '" + cut(format.getValue()) + "'";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "wrong type: expected " + expected(mismatch.getTargetType());
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null
                && invalid.getCause().getMessage() != null) {
            return invalid.getCause().getMessage(); // a record's own check, already in our words
        }
        // Jackson's own words, as a last resort: they may quote the value, so they are cut too.
        return cut(firstLine(e.getOriginalMessage()), 160);
    }

    /**
     * The words for an empty or whitespace-only string where a boolean, a number, an enum, a date or an id is
     * expected ({@link StrictJson} refuses it rather than reading it as null), or null when the error is another.
     * Said as such: quoting the blank back ("unknown value ' '") would show the caller nothing.
     */
    public static String ofBlank(JsonMappingException e) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null
                || mismatch.getTargetType() == String.class) {
            return null;
        }
        if (blank(e instanceof InvalidFormatException format ? format.getValue() : null) || blank(currentText(e))) {
            // Jackson trims an enum's name before it refuses it: "" and " " cannot be told apart here.
            return "is blank (empty or whitespace only): expected " + expected(mismatch.getTargetType());
        }
        return null;
    }

    private static boolean blank(Object value) {
        return value instanceof String text && text.isBlank();
    }

    /**
     * The string the parser stands on, if it does: Jackson calls only spaces and control characters blank, so an
     * em space reaches the error as another mismatch, without its value.
     */
    private static String currentText(JsonMappingException e) {
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                && parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
            try {
                return parser.getText();
            } catch (java.io.IOException unreadable) {
                return null;
            }
        }
        return null;
    }

    /** How much of a value the caller sent an error quotes: enough to recognise it (an input may be megabytes). */
    public static final int QUOTED = 40;

    /** A value the caller sent, as an error quotes it: at most {@value #QUOTED} characters. */
    public static String cut(Object value) {
        return cut(value, QUOTED);
    }

    /** The text cut to {@code max} characters with an ellipsis, never in the middle of a surrogate pair. */
    public static String cut(Object value, int max) {
        String text = String.valueOf(value);
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /**
     * An error of the parser itself (the field is {@link JsonPaths#ofSyntaxError}): content after the document,
     * a key given twice, or malformed JSON, with where it was found. Jackson's words for the first name its
     * setting (FAIL_ON_TRAILING_TOKENS); what the caller needs is where.
     */
    public static String ofSyntaxError(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "unexpected content after the JSON document" + location(e);
        }
        if (!"$".equals(JsonPaths.ofSyntaxError(e))) {
            return "is given twice";
        }
        return "malformed JSON: " + cut(firstLine(e.getOriginalMessage()), 160) + location(e);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** What a value of this Java type looks like in JSON (the planner's reader words its type errors with it too). */
    public static String expected(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "an ISO date like 2026-12-01";
        }
        if (type == java.time.LocalTime.class) {
            return "a time HH:mm";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.ZonedDateTime.class || type == java.time.Instant.class) {
            return "an ISO date-time with its offset like 2026-12-08T09:00:00+01:00";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    static String expected(JavaType type) {
        return expected(type.getRawClass());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
