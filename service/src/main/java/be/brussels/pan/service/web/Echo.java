package be.brussels.pan.service.web;

/**
 * A value the caller sent, quoted back in an error: at most 40 characters. Enough to recognise the value; an
 * error never repeats a 3,000-character input in full.
 */
public final class Echo {

    static final int MAX_SHOWN = 40;

    private Echo() {
    }

    /** The value in quotes, cut to {@value #MAX_SHOWN} characters with an ellipsis. */
    public static String of(String value) {
        return "'" + cut(value) + "'";
    }

    /** The value cut to {@value #MAX_SHOWN} characters with an ellipsis, unquoted (for ids in a sentence). */
    public static String cut(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX_SHOWN) {
            return text;
        }
        // Not in the middle of a surrogate pair.
        int end = Character.isHighSurrogate(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
        return text.substring(0, end) + "…";
    }
}
