package be.brussels.pan.service.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the API returns it. {@code organisation} is the referring organisation (the creator's);
 * {@code structureId} is the catalogue structure the offer belongs to (the partner who receives it).
 */
public record Referral(UUID id, UUID diagnosisId, String offerId, String structureId, ReferralStatus status,
                       String note, String organisation, String createdBy, Instant createdAt, Instant updatedAt,
                       long version, List<ReferralTransition> history) {

    public Referral {
        history = history == null ? List.of() : List.copyOf(history);
    }

    Referral withHistory(List<ReferralTransition> trail) {
        return new Referral(id, diagnosisId, offerId, structureId, status, note, organisation, createdBy, createdAt,
                updatedAt, version, trail);
    }

    @Override
    public String toString() {
        // The note is free text written by a professional: never printed (nor logged).
        return "Referral[" + id + ", " + offerId + ", " + status + ", v" + version + "]";
    }
}
