package be.brussels.pan.service.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the API returns it. {@code organisation} is the referring organisation (the creator's);
 * {@code structureId} is the catalogue structure the offer belongs to (the partner who receives it).
 * Since issue 14 (all optional for older clients): {@code sessionId} and {@code session} (null without one), the
 * published session it booked a seat in, as that session is now; {@code appointment} (set with SCHEDULED; for a booked
 * referral, its session's start and venue as the session is now, from the booking on), {@code override} (created despite an exclusion), {@code reference} (the diagnosis's),
 * {@code slipNumber} (the first 8 hex digits of the id, upper case) and {@code person} (the diagnosis's facts the
 * partner sees).
 */
public record Referral(UUID id, UUID diagnosisId, String offerId, String structureId, ReferralStatus status,
                       String note, String organisation, String createdBy, Instant createdAt, Instant updatedAt,
                       long version, List<ReferralTransition> history,
                       @Schema(nullable = true) UUID sessionId,
                       @Schema(nullable = true) BookedSession session,
                       @Schema(nullable = true) Appointment appointment,
                       @Schema(nullable = true) ReferralOverride override,
                       @Schema(nullable = true, description = "The diagnosis's reference") String reference,
                       @Schema(description = "The first 8 hex digits of the id, upper case", example = "3F2A9C01") String slipNumber,
                       Person person) {

    public Referral {
        history = history == null ? List.of() : List.copyOf(history);
    }

    Referral withHistory(List<ReferralTransition> trail) {
        return new Referral(id, diagnosisId, offerId, structureId, status, note, organisation, createdBy, createdAt,
                updatedAt, version, trail, sessionId, session, appointment, override, reference, slipNumber, person);
    }

    Referral withSession(BookedSession booked) {
        return new Referral(id, diagnosisId, offerId, structureId, status, note, organisation, createdBy, createdAt,
                updatedAt, version, history, sessionId, booked, booked.appointment(), override, reference, slipNumber,
                person);
    }

    /** Whether it holds a seat in its session: it booked one and has not become REFUSED, CANCELLED, EXPIRED, NO_SHOW. */
    public boolean holdsSeat() {
        return sessionId != null && ReferralStatus.HOLDING_SEAT.contains(status);
    }

    /** The slip number of a referral id: its first 8 hex digits, upper case. */
    public static String slipNumber(UUID id) {
        return id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        // The note is free text written by a professional: never printed (nor logged).
        return "Referral[" + id + ", " + offerId + ", " + status + ", v" + version + "]";
    }
}
