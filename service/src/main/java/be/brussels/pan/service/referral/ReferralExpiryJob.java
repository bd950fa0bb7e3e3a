package be.brussels.pan.service.referral;

import be.brussels.pan.service.cluster.ClusterJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves SENT referrals older than {@code pan.referrals.expiry-days} (30) to EXPIRED, with actor {@code system}. Runs every
 * {@code pan.referrals.expiry-interval} (default 15 minutes) after a first delay of one minute; the time is the
 * {@code referralClock}'s. Once per interval cluster-wide (issue 16, {@link ClusterJobs}): {@link #scheduled()} holds
 * the job's lock; {@link #run()} is the work itself.
 */
@Component
public class ReferralExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralExpiryJob.class);

    private final ReferralService referrals;

    public ReferralExpiryJob(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Scheduled(initialDelayString = "${pan.referrals.expiry-initial-delay}",
            fixedDelayString = "${pan.referrals.expiry-interval}")
    @SchedulerLock(name = ClusterJobs.REFERRAL_EXPIRY,
            lockAtLeastFor = "${pan.jobs.referral-expiry.lock-at-least-for}",
            lockAtMostFor = "${pan.jobs.referral-expiry.lock-at-most-for}")
    public void scheduled() {
        run();
    }

    /** Expires what is due now, on this instance, whatever the others do (each transition is a conditional update). */
    public void run() {
        int expired = referrals.expireOverdue();
        if (expired > 0) {
            LOG.info("expired {} referral(s) without an answer for {} days", expired, referrals.expiry().toDays());
        }
    }
}
