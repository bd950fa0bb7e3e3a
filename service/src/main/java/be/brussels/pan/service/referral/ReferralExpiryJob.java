package be.brussels.pan.service.referral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves SENT referrals older than {@code pan.referrals.expiry-days} (30) to EXPIRED, with actor {@code system}. Runs every
 * {@code pan.referrals.expiry-interval} (default 15 minutes) after a first delay of one minute; the time is the
 * {@code referralClock}'s.
 */
@Component
public class ReferralExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralExpiryJob.class);

    private final ReferralService referrals;

    public ReferralExpiryJob(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Scheduled(initialDelayString = "${pan.referrals.expiry-initial-delay:PT1M}",
            fixedDelayString = "${pan.referrals.expiry-interval:PT15M}")
    public void run() {
        int expired = referrals.expireOverdue();
        if (expired > 0) {
            LOG.info("expired {} referral(s) without an answer for {} days", expired, referrals.expiry().toDays());
        }
    }
}
