package be.brussels.pan.service.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the API returns it. {@code organisation} is the referring organisation (the creator's);
 * {@code structureId} is the catalogue structure the offer belongs to (the partner who receives it).
 * {@code sessionId} and {@code session} (issue 14, null without one): the published session it booked a seat in,
 * as that session is now.
 */
public record Referral(UUID id, UUID diagnosisId, String offerId, String structureId, ReferralStatus status,
                       String note, String organisation, String createdBy, Instant createdAt, Instant updatedAt,
                       long version, List<ReferralTransition> history,
                       UUID sessionId, BookedSession session) {

    public Referral {
        history = history == null ? List.of() : List.copyOf(history);
    }

    Referral withHistory(List<ReferralTransition> trail) {
        return new Referral(id, diagnosisId, offerId, structureId, status, note, organisation, createdBy, createdAt,
                updatedAt, version, trail, sessionId, session);
    }

    Referral withSession(BookedSession booked) {
        return new Referral(id, diagnosisId, offerId, structureId, status, note, organisation, createdBy, createdAt,
                updatedAt, version, history, sessionId, booked);
    }

    /** Whether it holds a seat in its session: it booked one and has not become REFUSED, CANCELLED, EXPIRED, NO_SHOW. */
    public boolean holdsSeat() {
        return sessionId != null && ReferralStatus.HOLDING_SEAT.contains(status);
    }

    @Override
    public String toString() {
        // The note is free text written by a professional: never printed (nor logged).
        return "Referral[" + id + ", " + offerId + ", " + status + ", v" + version + "]";
    }
}
