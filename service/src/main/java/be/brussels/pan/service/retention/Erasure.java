package be.brussels.pan.service.retention;

import be.brussels.pan.service.diagnosis.DiagnosisRemoval;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.referral.ReferralRemoval;
import be.brussels.pan.service.web.BadInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The right to erasure (GDPR art. 17): everything held under one diagnosis {@code reference} goes, in one
 * transaction: the diagnoses stored under it (exactly that reference, as stored), their referrals (which copied it),
 * the referrals' history and mails, and the seats those referrals held are given back. Nothing is kept for the
 * statistics, unlike the retention job: a count of one kept for the person's day and commune would keep them a case.
 * The erasure is audited in the same transaction ({@link ErasureStore}): when, who, how much; never the reference.
 * A reference that holds nothing erases nothing and is audited too (zero counts): a retried request is not an error.
 */
@Service
public class Erasure {

    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);

    /** The diagnosis contract's reference (engine RequestValidator): no other was ever stored. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final DiagnosisRemoval diagnoses;
    private final ReferralRemoval referrals;
    private final CaseRemoval cases;
    private final ErasureStore audit;
    private final Clock clock;
    private final PanMetrics metrics;
    private final TransactionTemplate transaction;

    public Erasure(DiagnosisRemoval diagnoses, ReferralRemoval referrals, CaseRemoval cases, ErasureStore audit,
                   @Qualifier("retentionClock") Clock clock, PanMetrics metrics, PlatformTransactionManager transactions) {
        this.diagnoses = diagnoses;
        this.referrals = referrals;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Erases everything held under {@code reference}, by {@code actor}, and returns the audit row.
     *
     * @throws BadInputException (field reference) missing, or not a reference of the diagnosis contract
     */
    public ErasureRecord erase(String reference, String actor) {
        if (reference == null || reference.isBlank()) {
            throw new BadInputException("reference", "is required: the diagnosis reference whose data to erase");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            // Not repeated: it may be a person's case number.
            throw new BadInputException("reference", "must be 1 to 64 characters among A-Z a-z 0-9 . _ -, as the"
                    + " diagnosis contract's reference");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ErasureRecord erased = transaction.execute(tx -> {
            List<UUID> ids = diagnoses.lockByReference(reference);
            Removed removed = cases.erase(ids, referrals.lockOfDiagnoses(ids));
            return audit.add(now, actor, removed);
        });
        metrics.registry().meter("erasure.requests").mark();
        metrics.registry().counter("erasure.diagnoses").inc(erased.diagnoses());
        metrics.registry().counter("erasure.referrals").inc(erased.referrals());
        LOG.info("erasure {}: {} diagnoses, {} referrals, {} transitions, {} mails erased; {} seats freed", erased.seq(),
                erased.diagnoses(), erased.referrals(), erased.transitions(), erased.notifications(), erased.seatsFreed());
        return erased;
    }

    /** The audit: the last {@code limit} erasures, newest first. */
    public List<ErasureRecord> recent(int limit) {
        return audit.recent(limit);
    }
}
