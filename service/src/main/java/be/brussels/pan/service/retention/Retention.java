package be.brussels.pan.service.retention;

import be.brussels.pan.service.diagnosis.DiagnosisRemoval;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.notification.NotificationOutbox;
import be.brussels.pan.service.referral.ReferralRemoval;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention period ({@code pan.retention.days}, 730 by default, as France's DORA keeps its diagnoses): a case, a
 * diagnosis with its referrals, is removed once it has not changed for that long: the diagnosis created before the
 * cut-off and each of its referrals last changed before it. A diagnosis whose referral is still moving is kept with
 * it. Removed: the diagnosis (its reference, the person's facts, the stored response), the referrals (their notes,
 * reasons, appointments, the person's facts), their history and their mails; a seat a referral still held is given
 * back. Kept: what the statistics publish, as counts per Brussels day ({@link DiagnosisRemoval},
 * {@link ReferralRemoval}), so that the statistics of a past period stay what they were. Mails older than the
 * cut-off are removed too, whatever their referral.
 *
 * <p>In batches of {@code pan.retention.batch-size} diagnoses, each its own transaction, so that no run holds locks
 * on a large part of the tables and a failure loses at most one batch (the next run takes it again). A run removes
 * only what is past the cut-off: running it again removes nothing more (idempotent), and two runs at once (two
 * instances before issue 16's ShedLock) take row locks in the same order, so that one waits for the other.
 */
@Service
public class Retention {

    private final DiagnosisRemoval diagnoses;
    private final ReferralRemoval referrals;
    private final NotificationOutbox outbox;
    private final CaseRemoval cases;
    private final RetentionConfig.RetentionPolicy policy;
    private final Clock clock;
    private final PanMetrics metrics;
    private final TransactionTemplate eachBatch;

    public Retention(DiagnosisRemoval diagnoses, ReferralRemoval referrals, NotificationOutbox outbox, CaseRemoval cases,
                     RetentionConfig.RetentionPolicy policy, @Qualifier("retentionClock") Clock clock,
                     PanMetrics metrics, PlatformTransactionManager transactions) {
        this.diagnoses = diagnoses;
        this.referrals = referrals;
        this.outbox = outbox;
        this.cases = cases;
        this.policy = policy;
        this.clock = clock;
        this.metrics = metrics;
        this.eachBatch = new TransactionTemplate(transactions);
    }

    public RetentionConfig.RetentionPolicy policy() {
        return policy;
    }

    /** Removes every case and mail older than the retention period; returns what it removed. */
    public Removed removeExpired() {
        Instant cutoff = clock.instant().minus(policy.after());
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        Removed total = Removed.NOTHING;
        DiagnosisRemoval.Candidate after = null;
        while (true) {
            DiagnosisRemoval.Candidate from = after;
            Batch batch = eachBatch.execute(tx -> batch(before, cutoff, from));
            total = total.plus(batch.removed());
            count(batch.removed());
            if (batch.read() < policy.batchSize()) {
                break;
            }
            after = batch.last();
        }
        int mails;
        do {
            mails = eachBatch.execute(tx -> outbox.deleteWrittenBefore(cutoff, policy.batchSize()));
            Removed removed = new Removed(0, 0, 0, mails, 0);
            total = total.plus(removed);
            count(removed);
        } while (mails == policy.batchSize());
        return total;
    }

    /** One batch: how many diagnoses it read, the last one (where the next starts), what it removed. */
    private record Batch(int read, DiagnosisRemoval.Candidate last, Removed removed) {
    }

    private Batch batch(OffsetDateTime before, Instant cutoff, DiagnosisRemoval.Candidate after) {
        List<DiagnosisRemoval.Candidate> old = diagnoses.lockCreatedBefore(before, after, policy.batchSize());
        if (old.isEmpty()) {
            return new Batch(0, after, Removed.NOTHING);
        }
        List<ReferralRemoval.Held> held = referrals.lockOfDiagnoses(old.stream().map(DiagnosisRemoval.Candidate::id).toList());
        Set<UUID> stillMoving = new HashSet<>();
        held.stream().filter(r -> !r.lastChange().isBefore(cutoff)).forEach(r -> stillMoving.add(r.diagnosisId()));
        List<UUID> expired = old.stream().map(DiagnosisRemoval.Candidate::id).filter(id -> !stillMoving.contains(id)).toList();
        List<ReferralRemoval.Held> theirReferrals = held.stream().filter(r -> !stillMoving.contains(r.diagnosisId())).toList();
        return new Batch(old.size(), old.get(old.size() - 1), cases.removeKeepingCounts(expired, theirReferrals));
    }

    private void count(Removed removed) {
        metrics.registry().counter("retention.diagnoses").inc(removed.diagnoses());
        metrics.registry().counter("retention.referrals").inc(removed.referrals());
        metrics.registry().counter("retention.transitions").inc(removed.transitions());
        metrics.registry().counter("retention.notifications").inc(removed.notifications());
        metrics.registry().counter("retention.seats-freed").inc(removed.seatsFreed());
    }
}
