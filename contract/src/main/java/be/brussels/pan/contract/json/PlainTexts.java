package be.brussels.pan.contract.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;

/**
 * Text as either database can store it: no NUL or other control character but line breaks and tabs (PostgreSQL
 * refuses NUL in text), and no half of a surrogate pair (not Unicode text at all). The one definition, shared by the
 * service's text fields and the planner's roster problems, whose names and addresses end up in the service's tables.
 */
public final class PlainTexts {

    /** A text field that is not plain: where (a path such as {@code venues[3].name}) and at which character. */
    public record NonText(String path, int position) {
        public String problem() {
            return "contains a character that is not text (at position " + position + ")";
        }
    }

    private PlainTexts() {
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

    /**
     * The first string of a record tree (records, lists of them, strings) that is not plain text, in the order of
     * the records' components; empty when every string is text.
     */
    public static Optional<NonText> firstNonText(Record root) {
        return walk(root, new ArrayDeque<>());
    }

    private static Optional<NonText> walk(Object value, Deque<String> path) {
        if (value instanceof String text) {
            int at = firstNonText(text);
            return at < 0 ? Optional.empty() : Optional.of(new NonText(String.join("", path), at));
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                path.addLast("[" + i++ + "]");
                Optional<NonText> found = walk(element, path);
                path.removeLast();
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Record rec) {
            for (RecordComponent component : rec.getClass().getRecordComponents()) {
                path.addLast((path.isEmpty() ? "" : ".") + component.getName());
                Optional<NonText> found = walk(read(rec, component), path);
                path.removeLast();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Object read(Record rec, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(rec);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
