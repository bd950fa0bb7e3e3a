package be.brussels.pan.contract.seats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Upcoming published sessions and their free seats, as known at {@code asOf}: what the engine may know of the
 * calendar when it orients a person. The service builds it from its published sessions (no database access
 * from the engine); the rule base reads it, and without one (null) no seat rule applies.
 */
public record SeatSnapshot(Instant asOf, List<UpcomingSession> sessions) {

    public SeatSnapshot {
        Objects.requireNonNull(asOf, "asOf");
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** A snapshot that knows the time and no session: every offer's sessions are known to be none. */
    public static SeatSnapshot empty(Instant asOf) {
        return new SeatSnapshot(asOf, List.of());
    }
}
