package be.brussels.pan.service.web;

/**
 * What goes to the log of an unexpected error: its types and stack frames, never its messages. A message may
 * quote the request: a database error quotes the value it refused ("Value too long for column note: 'Fatima…'").
 */
public final class LoggedErrors {

    /** Causes followed at most: enough for any real chain, and a guard against a cause that loops. */
    private static final int MAX_CAUSES = 16;

    private LoggedErrors() {
    }

    /** The same chain of exception types and frames, with each message replaced by its type. */
    public static Throwable withoutMessages(Throwable error) {
        return copy(error, 0);
    }

    private static Throwable copy(Throwable error, int depth) {
        Throwable cause = error.getCause();
        Throwable copiedCause = cause == null || cause == error || depth >= MAX_CAUSES ? null : copy(cause, depth + 1);
        Withheld copy = new Withheld(error.getClass().getName(), copiedCause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Stands for an exception whose message is not logged. */
    static final class Withheld extends RuntimeException {
        Withheld(String type, Throwable cause) {
            super(type + " (message withheld: it may quote the request)", cause, false, true);
        }
    }
}
