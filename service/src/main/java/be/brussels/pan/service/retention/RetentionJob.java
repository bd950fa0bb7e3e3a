package be.brussels.pan.service.retention;

import be.brussels.pan.service.cluster.ClusterJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Retention#removeExpired()} every {@code pan.retention.interval} (PT1H), the first time
 * {@code pan.retention.initial-delay} (PT1H) after the start. Logs the counts only: never an id or a reference.
 * Once per interval cluster-wide (issue 16, {@link ClusterJobs}): {@link #scheduled()} holds the job's lock;
 * {@link #run()} is the work itself (two runs at once would be harmless: the rows are locked before they are removed).
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${pan.retention.initial-delay}", fixedDelayString = "${pan.retention.interval}")
    @SchedulerLock(name = ClusterJobs.RETENTION,
            lockAtLeastFor = "${pan.jobs.retention.lock-at-least-for}",
            lockAtMostFor = "${pan.jobs.retention.lock-at-most-for}")
    public void scheduled() {
        run();
    }

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
