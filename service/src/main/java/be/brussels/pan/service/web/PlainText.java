package be.brussels.pan.service.web;

import be.brussels.pan.contract.json.PlainTexts;

/**
 * Text as it can be stored in either database ({@link PlainTexts}: no NUL or other control character but line
 * breaks and tabs, no half of a surrogate pair), refused with a 400 naming the field.
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

    /** The position of the first character that is not text, or -1 (the contract's one definition). */
    public static int firstNonText(String value) {
        return PlainTexts.firstNonText(value);
    }
}
