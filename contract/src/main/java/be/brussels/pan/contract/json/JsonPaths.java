package be.brussels.pan.contract.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** The path of the field a Jackson error is about, as the contracts name fields: {@code profile.languages[1]}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The field's path, or {@code $} for the document as a whole. */
    public static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "$" : sb.toString();
    }

    /** The path of where a parser stands, e.g. {@code [1].answers.device}; {@code $} at the top. */
    public static String of(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * For an error of the parser itself: the path of the key a strict parser refused as a duplicate
     * ({@code answers.device}), or {@code $} for any other syntax error.
     */
    public static String ofSyntaxError(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field '") && e.getProcessor() instanceof JsonParser parser) {
            return of(parser.getParsingContext());
        }
        return "$";
    }
}
