package be.brussels.pan.service.session;

import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.seats.UpcomingSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's view of the calendar (issue 14): the published sessions with an offer that start within the next
 * {@code pan.seats.weeks-ahead} weeks (4), with their free seats, as a Spring-free {@link SeatSnapshot}. Built from
 * the database at most once per {@code pan.seats.cache} (2 s): a diagnosis may show a seat taken a moment ago (the
 * booking itself is checked by the database, never by this snapshot), and a burst of diagnoses reads the sessions
 * once instead of once each.
 */
@Component
public class SeatSnapshots {

    private final SessionStore sessions;
    private final Clock clock;
    private final Duration ahead;
    private final long cacheNanos;
    private volatile Cached cached;

    private record Cached(SeatSnapshot snapshot, long builtAt) {
    }

    @Autowired
    public SeatSnapshots(SessionStore sessions, @Value("${pan.seats.weeks-ahead:4}") int weeksAhead,
                         @Value("${pan.seats.cache:PT2S}") Duration cache) {
        this(sessions, Clock.systemUTC(), weeksAhead, cache);
    }

    public SeatSnapshots(SessionStore sessions, Clock clock, int weeksAhead, Duration cache) {
        if (weeksAhead < 1) {
            throw new IllegalArgumentException("pan.seats.weeks-ahead must be 1 or more, not " + weeksAhead);
        }
        if (cache.isNegative()) {
            throw new IllegalArgumentException("pan.seats.cache must not be negative, not " + cache);
        }
        this.sessions = sessions;
        this.clock = clock;
        this.ahead = Duration.ofDays(7L * weeksAhead);
        this.cacheNanos = cache.toNanos();
    }

    /** The snapshot, at most {@code pan.seats.cache} old. */
    public SeatSnapshot current() {
        Cached now = cached;
        long t = System.nanoTime();
        if (now != null && t - now.builtAt() < cacheNanos) {
            return now.snapshot();
        }
        synchronized (this) {
            now = cached;
            if (now != null && System.nanoTime() - now.builtAt() < cacheNanos) {
                return now.snapshot();
            }
            SeatSnapshot built = build();
            cached = new Cached(built, System.nanoTime());
            return built;
        }
    }

    /** Reads the upcoming sessions now, without the cache. */
    SeatSnapshot build() {
        Instant asOf = clock.instant();
        OffsetDateTime from = asOf.atOffset(ZoneOffset.UTC);
        List<UpcomingSession> upcoming = sessions.upcomingWithOffer(from, from.plus(ahead)).stream()
                .map(SeatSnapshots::upcoming).toList();
        return new SeatSnapshot(asOf, upcoming);
    }

    private static UpcomingSession upcoming(PublishedSession s) {
        Placement p = s.placement();
        return new UpcomingSession(s.id().toString(), s.offerId(), p.start(), p.end(),
                p.venueName() == null ? p.venueId() : p.venueName(), p.venueAddress(), p.language(), p.seats(),
                Math.max(0, Math.min(p.seats(), s.freeSeats())));
    }
}
