package be.brussels.pan.service.referral;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.session.PublishedSession;
import be.brussels.pan.service.session.SessionStatus;
import be.brussels.pan.service.session.SessionStore;
import be.brussels.pan.service.session.SessionView;
import be.brussels.pan.service.web.BadInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The seats referrals book in published sessions (issue 14). Booking is one conditional update of the session's
 * {@code booked} count inside the referral's transaction ({@link SessionStore#book}); only when it changes nothing
 * is the session read, to say why: 400 when the session cannot be booked for this offer at all, 409 with the next
 * sessions of the offer that have a free seat when it is full.
 */
@Component
public class Bookings {

    /** How many next sessions a 409 proposes (as the diagnosis' nextSessions). */
    static final int NEXT_SESSIONS = 3;

    private final SessionStore sessions;

    public Bookings(SessionStore sessions) {
        this.sessions = sessions;
    }

    /**
     * Books one seat of session {@code sessionId} for a referral to {@code offerId} at {@code now}.
     *
     * @throws BadInputException    (field sessionId) no such published session, dropped, started, or of another offer
     * @throws SessionFullException the session has no free seat
     */
    void book(UUID sessionId, String offerId, Instant now) {
        OffsetDateTime at = now.atZone(Week.ZONE).toOffsetDateTime();
        if (sessions.book(sessionId, offerId, at)) {
            return;
        }
        PublishedSession session = sessions.find(sessionId)
                .orElseThrow(() -> new BadInputException("sessionId", "no published session " + sessionId));
        if (session.status() == SessionStatus.DROPPED) {
            throw new BadInputException("sessionId", "session " + sessionId + " was dropped by a re-plan");
        }
        if (!session.placement().start().isAfter(at)) {
            throw new BadInputException("sessionId", "session " + sessionId + " has started ("
                    + session.placement().start() + ")");
        }
        if (!offerId.equals(session.offerId())) {
            throw new BadInputException("sessionId", "session " + sessionId + " is not a session of offer " + offerId
                    + (session.offerId() == null ? " (it has no offer: it cannot be booked)"
                    : " (it is one of " + session.offerId() + ")"));
        }
        List<SessionView> next = sessions.nextWithFreeSeats(offerId, at, NEXT_SESSIONS).stream()
                .map(s -> SessionView.of(s, false)).toList();
        throw new SessionFullException(sessionId, next);
    }

    /** Frees the seat the referral held (it has just become REFUSED, CANCELLED, EXPIRED or NO_SHOW). */
    void free(UUID sessionId) {
        sessions.free(sessionId);
    }

    /** The referral with its session as it is now (unchanged without one). */
    Referral withSession(Referral referral) {
        if (referral.sessionId() == null) {
            return referral;
        }
        return sessions.find(referral.sessionId())
                .map(s -> referral.withSession(BookedSession.of(s, referral.createdAt())))
                .orElse(referral);
    }

    /** The referrals with their sessions, read in one query. */
    List<Referral> withSessions(List<Referral> referrals) {
        Set<UUID> ids = new HashSet<>();
        referrals.stream().map(Referral::sessionId).filter(Objects::nonNull).forEach(ids::add);
        if (ids.isEmpty()) {
            return referrals;
        }
        Map<UUID, PublishedSession> byId = sessions.byIds(ids);
        return referrals.stream().map(r -> r.sessionId() == null || !byId.containsKey(r.sessionId()) ? r
                : r.withSession(BookedSession.of(byId.get(r.sessionId()), r.createdAt()))).toList();
    }

    /** The session a referral booked, for its SCHEDULED entry. */
    PublishedSession session(UUID sessionId) {
        return sessions.find(sessionId).orElseThrow(() -> new IllegalStateException("booked session " + sessionId
                + " is not stored"));
    }
}
