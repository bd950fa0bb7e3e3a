package be.brussels.pan.service.roster;

/** Every solver slot is busy: the submission is refused (429) rather than queued. */
public class TooManySolvesException extends RuntimeException {

    private final int limit;

    public TooManySolvesException(int limit) {
        super(limit + " roster solve(s) are already running, the most this service runs at once; retry when one"
                + " has finished (GET its state) or stop one (DELETE)");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
