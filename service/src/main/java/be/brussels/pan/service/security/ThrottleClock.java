package be.brussels.pan.service.security;

import java.time.Clock;
import java.time.Instant;

/**
 * The clock sign-in back-off is timed by. A type of its own rather than a {@link Clock} bean: another
 * {@code Clock} bean would make every unqualified {@code Clock} injection ambiguous, and a test replaces this one
 * (a {@code @Primary} bean) to move time on instead of sleeping through the waits.
 */
public record ThrottleClock(Clock clock) {

    public Instant now() {
        return clock.instant();
    }
}
