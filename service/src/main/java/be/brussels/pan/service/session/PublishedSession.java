package be.brussels.pan.service.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored published session: its id (kept through re-plans), week, the roster that placed it last, its status,
 * placement, lock, when it was first published, and the last change a re-plan made to it (null if none) with the
 * reasons the planner gave and when; {@code illustrative} when that roster was planned on ILLUSTRATIVE records.
 * {@code offerId}: the catalogue offer it is a session of (null: not bookable, {@link SessionOffers});
 * {@code booked}: the seats referrals hold in it (0 … seats).
 */
public record PublishedSession(UUID id, String week, UUID rosterId, SessionStatus status, Placement placement,
                               boolean locked, OffsetDateTime publishedAt, SessionChange lastChange,
                               List<String> changeReasons, OffsetDateTime changedAt, boolean illustrative,
                               String offerId, int booked) {

    /** The seats no referral holds. */
    public int freeSeats() {
        return placement.seats() - booked;
    }
}
