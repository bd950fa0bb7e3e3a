package be.brussels.pan.service.referral;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the referral expiry job, and the clock referrals are timed by (a test may pass another). */
@Configuration
@EnableScheduling
public class ReferralConfig {

    @Bean
    Clock referralClock() {
        return Clock.systemUTC();
    }

    /**
     * How long a SENT referral may go unanswered before the expiry job moves it to EXPIRED
     * ({@code pan.referrals.expiry-days}).
     */
    @Bean
    ReferralExpiry referralExpiry(@Value("${pan.referrals.expiry-days}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("pan.referrals.expiry-days must be at least 1, not " + days);
        }
        return new ReferralExpiry(Duration.ofDays(days));
    }

    /** The time a SENT referral may go unanswered. */
    public record ReferralExpiry(Duration after) {
    }
}
