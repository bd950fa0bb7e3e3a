package be.brussels.pan.service.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Retention#removeExpired()} every {@code pan.retention.interval} (PT1H), the first time
 * {@code pan.retention.initial-delay} (PT1H) after the start. Logs the counts only: never an id or a reference.
 * Small on purpose: running it once cluster-wide (issue 16, ShedLock) is one annotation on {@link #run()}.
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${pan.retention.initial-delay}", fixedDelayString = "${pan.retention.interval}")
    public void run() {
        try {
            Removed removed = retention.removeExpired();
            if (!removed.isEmpty()) {
                LOG.info("retention ({} days): removed {} diagnoses, {} referrals, {} transitions, {} mails; {} seats freed",
                        retention.policy().after().toDays(), removed.diagnoses(), removed.referrals(),
                        removed.transitions(), removed.notifications(), removed.seatsFreed());
            }
        } catch (RuntimeException e) {
            // The batches committed so far stay removed; the next run takes the rest. A database message may quote
            // a value: the exception's class only.
            LOG.warn("retention run failed: {}", e.getClass().getName());
        }
    }
}
