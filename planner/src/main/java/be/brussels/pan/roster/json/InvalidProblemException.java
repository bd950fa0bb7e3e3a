package be.brussels.pan.roster.json;

/**
 * A problem (or solution) that cannot be solved as given. {@link #where()} names the offending field as a JSON
 * path ({@code sessions[3].priority}) or the offending id ({@code session s-003}); no solve starts.
 */
public class InvalidProblemException extends RuntimeException {

    private final String where;
    private final String detail;

    public InvalidProblemException(String where, String message) {
        super(where + ": " + message);
        this.where = where;
        this.detail = message;
    }

    public String where() {
        return where;
    }

    /** The same error, saying which file it was found in: {@code assignments: missing or null (in s.json)}. */
    public InvalidProblemException inFile(String file) {
        InvalidProblemException e = new InvalidProblemException(where, detail + " (in " + file + ")");
        e.initCause(this);
        return e;
    }
}
