package be.brussels.pan.service.idempotency;

import be.brussels.pan.service.cluster.ClusterJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the idempotency keys older than {@code pan.idempotency.keep} (PT24H), every
 * {@code pan.idempotency.purge-interval} (PT15M). Once per interval cluster-wide (issue 16, {@link ClusterJobs}:
 * {@link #scheduled()} holds the job's lock), although two runs at once would only delete the same rows.
 */
@Component
public class IdempotencyPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurgeJob.class);

    private final IdempotencyStore keys;

    public IdempotencyPurgeJob(IdempotencyStore keys) {
        this.keys = keys;
    }

    @Scheduled(initialDelayString = "${pan.idempotency.purge-initial-delay}",
            fixedDelayString = "${pan.idempotency.purge-interval}")
    @SchedulerLock(name = ClusterJobs.IDEMPOTENCY_PURGE,
            lockAtLeastFor = "${pan.jobs.idempotency-purge.lock-at-least-for}",
            lockAtMostFor = "${pan.jobs.idempotency-purge.lock-at-most-for}")
    public void scheduled() {
        run();
    }

    public void run() {
        int purged = keys.purge();
        if (purged > 0) {
            LOG.info("purged {} idempotency key(s) older than {}", purged, keys.keep());
        }
    }
}
