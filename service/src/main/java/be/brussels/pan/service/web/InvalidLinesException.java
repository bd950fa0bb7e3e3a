package be.brussels.pan.service.web;

import java.util.List;

/**
 * A document refused for errors at some of its lines: a 400 problem whose {@code errors} list each one (line,
 * column, id) and whose {@code field} names the first, as {@code line 3: seats}.
 */
public class InvalidLinesException extends BadInputException {

    private final List<LineError> errors;

    public InvalidLinesException(String summary, List<LineError> errors) {
        super(field(errors.get(0)), summary + ": " + String.join("; ", errors.stream().map(LineError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }

    private static String field(LineError first) {
        String line = first.line() == null ? "" : "line " + first.line();
        String column = first.column() == null ? "" : first.column();
        return line.isEmpty() ? (column.isEmpty() ? "$" : column) : column.isEmpty() ? line : line + ": " + column;
    }
}
