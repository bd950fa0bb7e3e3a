package be.brussels.pan.service.retention;

import be.brussels.pan.service.diagnosis.DiagnosisRemoval;
import be.brussels.pan.service.idempotency.IdempotencyStore;
import be.brussels.pan.service.notification.NotificationOutbox;
import be.brussels.pan.service.referral.ReferralRemoval;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Removes cases: diagnoses with their referrals, the referrals' history and mails, in the caller's transaction and in
 * the order the foreign keys need (mails, then referrals with their history, freeing their seats, then diagnoses).
 * Each feature removes its own rows; this class only knows the order. The rows must have been locked by the caller,
 * diagnoses first ({@link DiagnosisRemoval}), then their referrals ({@link ReferralRemoval#lockOfDiagnoses}).
 */
@Component
class CaseRemoval {

    private final DiagnosisRemoval diagnoses;
    private final ReferralRemoval referrals;
    private final NotificationOutbox outbox;
    private final IdempotencyStore keys;

    CaseRemoval(DiagnosisRemoval diagnoses, ReferralRemoval referrals, NotificationOutbox outbox, IdempotencyStore keys) {
        this.diagnoses = diagnoses;
        this.referrals = referrals;
        this.outbox = outbox;
        this.keys = keys;
    }

    /** Removes the cases, keeping their counts for the statistics (the retention job). */
    Removed removeKeepingCounts(Collection<UUID> diagnosisIds, List<ReferralRemoval.Held> ofThem) {
        int mails = outbox.deleteForReferrals(ofThem.stream().map(ReferralRemoval.Held::id).toList());
        ReferralRemoval.Removed removed = referrals.removeKeepingCounts(ofThem);
        int diagnosesRemoved = diagnoses.removeKeepingCounts(diagnosisIds);
        return new Removed(diagnosesRemoved, removed.referrals(), removed.transitions(), mails, removed.seatsFreed());
    }

    /**
     * Removes the cases and keeps nothing of them (an erasure), not even the Idempotency-Keys (V16) whose answer named
     * them: a retry with such a key is then a new request.
     */
    Removed erase(Collection<UUID> diagnosisIds, List<ReferralRemoval.Held> ofThem) {
        keys.forgetAnswersNaming(diagnosisIds);
        keys.forgetAnswersNaming(ofThem.stream().map(ReferralRemoval.Held::id).toList());
        int mails = outbox.deleteForReferrals(ofThem.stream().map(ReferralRemoval.Held::id).toList());
        ReferralRemoval.Removed removed = referrals.erase(ofThem);
        int diagnosesRemoved = diagnoses.erase(diagnosisIds);
        return new Removed(diagnosesRemoved, removed.referrals(), removed.transitions(), mails, removed.seatsFreed());
    }
}
