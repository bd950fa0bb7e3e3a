package be.brussels.pan.service.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the idempotency keys older than {@code pan.idempotency.keep} (PT24H), every
 * {@code pan.idempotency.purge-interval} (PT15M). Several instances on one database may all run it: each deletes
 * what is due, which is the same rows.
 */
@Component
public class IdempotencyPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurgeJob.class);

    private final IdempotencyStore keys;

    public IdempotencyPurgeJob(IdempotencyStore keys) {
        this.keys = keys;
    }

    @Scheduled(initialDelayString = "${pan.idempotency.purge-initial-delay:PT1M}",
            fixedDelayString = "${pan.idempotency.purge-interval:PT15M}")
    public void run() {
        int purged = keys.purge();
        if (purged > 0) {
            LOG.info("purged {} idempotency key(s) older than {}", purged, keys.keep());
        }
    }
}
