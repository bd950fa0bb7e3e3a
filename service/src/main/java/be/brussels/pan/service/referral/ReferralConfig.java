package be.brussels.pan.service.referral;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the referral expiry job, and the clock referrals are timed by (a test may pass another). */
@Configuration
@EnableScheduling
public class ReferralConfig {

    /** Referrals answer nothing for this long before the expiry job moves them from SENT to EXPIRED. */
    public static final java.time.Duration EXPIRY = java.time.Duration.ofDays(30);

    @Bean
    Clock referralClock() {
        return Clock.systemUTC();
    }
}
