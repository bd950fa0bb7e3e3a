package be.brussels.pan.service.roster;

import be.brussels.pan.service.web.TooManyRequestsException;
import java.util.Map;

/**
 * Every solver slot is busy: the submission is refused (429, Retry-After 10 seconds, the problem says
 * {@code maxConcurrentSolves}) rather than queued.
 */
public class TooManySolvesException extends TooManyRequestsException {

    /** How long the 429 tells the client to wait before it submits again. */
    private static final int RETRY_AFTER_SECONDS = 10;

    private final int limit;

    public TooManySolvesException(int limit) {
        super(limit + " roster solve(s) are already running, the most this service runs at once; retry when one"
                + " has finished (GET its state) or stop one (DELETE)", RETRY_AFTER_SECONDS,
                Map.of("maxConcurrentSolves", limit));
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
