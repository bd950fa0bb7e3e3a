package be.brussels.pan.json;

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
}
