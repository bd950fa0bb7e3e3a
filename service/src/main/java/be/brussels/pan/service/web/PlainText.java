package be.brussels.pan.service.web;

/**
 * Text as it can be stored in either database: no NUL or other control character but line breaks and tabs
 * (PostgreSQL refuses NUL in text), and no half of a surrogate pair (not Unicode text at all).
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Refuses, naming the field, text longer than its column or that is not plain. The length is counted in UTF-16
     * units, as H2 measures a varchar (an emoji counts 2); PostgreSQL counts code points, so what passes here fits
     * there too.
     */
    public static void require(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new BadInputException(field, "is over " + maxLength + " characters");
        }
        require(field, value);
    }

    /** Refuses, naming the field, text that is not plain. */
    public static void require(String field, String value) {
        int at = firstNonText(value);
        if (at >= 0) {
            throw new BadInputException(field, "contains a character that is not text (at position " + at + ")");
        }
    }

    /** The position of the first character that is not text, or -1. */
    public static int firstNonText(String value) {
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            // codePointAt returns a lone surrogate as itself: a pair would have made one code point above U+FFFF.
            if (control || Character.getType(c) == Character.SURROGATE) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
