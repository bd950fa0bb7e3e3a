package be.brussels.pan.service.web;

import be.brussels.pan.contract.json.JsonMessages;

/**
 * A value the caller sent, quoted back in an error: at most 40 characters. Enough to recognise the value; an
 * error never repeats a 3,000-character input in full.
 */
public final class Echo {

    private Echo() {
    }

    /** The value in quotes, cut to {@value JsonMessages#QUOTED} characters with an ellipsis. */
    public static String of(String value) {
        return "'" + cut(value) + "'";
    }

    /** The value cut as an error quotes it, unquoted (for ids in a sentence): the engine's one definition. */
    public static String cut(Object value) {
        return JsonMessages.cut(value);
    }
}
