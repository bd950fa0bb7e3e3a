package be.brussels.pan.roster.check;

/**
 * A problem (or solution) that cannot be solved as given. {@link #where()} names the offending field as a JSON
 * path ({@code sessions[3].priority}) or the offending id ({@code session s-003}); no solve starts.
 */
public class InvalidProblemException extends RuntimeException {

    private final String where;

    public InvalidProblemException(String where, String message) {
        super(where + ": " + message);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
