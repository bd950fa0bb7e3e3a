package be.brussels.pan.roster.cli;

/** A command line that does not make sense: exit status 2 and the usage text. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
