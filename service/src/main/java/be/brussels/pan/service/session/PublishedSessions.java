package be.brussels.pan.service.session;

import be.brussels.pan.service.web.ConflictException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Publishing a roster's placements as the week's sessions, for the roster feature (which owns the rosters and
 * calls this inside its own transaction). A week has one published roster; only a re-plan of it replaces it, and
 * then each session keeps its id: kept, moved (flagged, with the reasons), dropped (kept as DROPPED, with the
 * reasons) or added (a new id, or its old one if it had been dropped).
 */
@Service
public class PublishedSessions {

    /** What a publication did, session by session (counts). */
    public record Outcome(int published, int kept, int moved, int dropped, int added) {
    }

    private final SessionStore store;
    private final SessionOffers offers;
    private final ApplicationEventPublisher events;

    public PublishedSessions(SessionStore store, SessionOffers offers, ApplicationEventPublisher events) {
        this.store = store;
        this.offers = offers;
        this.events = events;
    }

    /** The roster published for the week, if any. */
    public Optional<UUID> publishedRoster(String week) {
        return store.publishedRoster(week);
    }

    /** The week's sessions, published or dropped, by their id in the roster problem. */
    public Map<String, PublishedSession> ofWeek(String week) {
        return store.ofWeek(week);
    }

    /**
     * The first publication of a week: every placement becomes a published session with a new id.
     *
     * @throws ConflictException if a roster is published for the week already
     */
    public Outcome publish(String week, UUID roster, List<Placement> placements, String by, OffsetDateTime at) {
        if (!store.claimWeek(week, roster, by, at)) {
            throw new ConflictException("week " + week + " is published already (roster "
                    + store.publishedRoster(week).map(UUID::toString).orElse("?")
                    + "): only a re-plan of it can replace it");
        }
        Map<String, PublishedSession> existing = store.ofWeek(week);
        SessionOffers.Resolver offer = offers.resolver();
        for (Placement p : placements) {
            if (existing.containsKey(p.sessionRef())) {
                // Only a re-plan may write a week's sessions a second time.
                throw new IllegalStateException("week " + week + " has sessions but no published roster");
            }
            store.insert(UUID.randomUUID(), week, roster, p, offer.offerOf(p.venueId(), p.kind()), at, null);
        }
        return new Outcome(placements.size(), 0, 0, 0, 0);
    }

    /**
     * A re-plan of the week's published roster {@code from} replaces it. The stored sessions are compared with
     * the re-plan's placements, so that what the table says is what changes: the same timeslot, venue, animator
     * and kit is kept; another is MOVED; a stored session the re-plan does not place is DROPPED; a placement
     * without a stored session is ADDED. Each session's offer is computed again ({@link SessionOffers}). A session
     * MOVED or DROPPED publishes {@link SessionReplanned} inside the transaction, so that the bookings on it are
     * flagged with it.
     *
     * @param reasons the planner's reasons for a session that moved or was dropped (empty list when none)
     * @throws ConflictException if {@code from} is no longer the week's published roster
     */
    public Outcome republish(String week, UUID from, UUID roster, List<Placement> placements,
                             Function<String, List<String>> reasons, String by, OffsetDateTime at) {
        if (!store.replaceWeek(week, from, roster, by, at)) {
            throw new ConflictException("roster " + roster + " re-plans roster " + from + ", which is no longer the"
                    + " published roster of week " + week + " (" + store.publishedRoster(week).map(UUID::toString)
                    .orElse("none") + " is): re-plan that one");
        }
        Map<String, PublishedSession> stored = store.ofWeek(week);
        SessionOffers.Resolver offer = offers.resolver();
        int kept = 0;
        int moved = 0;
        int added = 0;
        int dropped = 0;
        Set<String> placed = new HashSet<>();
        for (Placement p : placements) {
            placed.add(p.sessionRef());
            PublishedSession before = stored.get(p.sessionRef());
            String offerId = offer.offerOf(p.venueId(), p.kind());
            if (before == null) {
                store.insert(UUID.randomUUID(), week, roster, p, offerId, at, SessionChange.ADDED);
                added++;
            } else if (before.status() == SessionStatus.DROPPED) {
                store.place(before.id(), roster, p, offerId, SessionChange.ADDED, List.of(), at);
                added++;
            } else if (before.placement().sameAssignment(p)) {
                store.place(before.id(), roster, p, offerId, null, null, at);
                kept++;
            } else {
                store.place(before.id(), roster, p, offerId, SessionChange.MOVED, reasons.apply(p.sessionRef()), at);
                events.publishEvent(new SessionReplanned(before.id(), SessionChange.MOVED));
                moved++;
            }
        }
        for (PublishedSession s : stored.values()) {
            if (s.status() == SessionStatus.PUBLISHED && !placed.contains(s.placement().sessionRef())) {
                List<String> why = reasons.apply(s.placement().sessionRef());
                store.drop(s.id(), roster, why.isEmpty() ? List.of("not placed by re-plan " + roster) : why, at);
                events.publishEvent(new SessionReplanned(s.id(), SessionChange.DROPPED));
                dropped++;
            }
        }
        return new Outcome(placements.size(), kept, moved, dropped, added);
    }
}
