package be.brussels.pan.service.retention;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention period and batch size ({@code pan.retention.*}), checked at start-up, and the clock it is timed by. */
@Configuration
public class RetentionConfig {

    @Bean
    Clock retentionClock() {
        return Clock.systemUTC();
    }

    /**
     * {@code pan.retention.days}: at least the days of diagnoses a roster's demand can be built from, the
     * {@code pan.rosters.demand-months} calendar months before the current one, and the current one ((months + 1) x 31
     * days), so that removing diagnoses never shrinks the demand of a week being planned.
     */
    @Bean
    RetentionPolicy retentionPolicy(@Value("${pan.retention.days}") int days,
                                    @Value("${pan.retention.batch-size}") int batchSize,
                                    @Value("${pan.rosters.demand-months}") int demandMonths) {
        int demandDays = (demandMonths + 1) * 31;
        if (days < 1 || days < demandDays) {
            throw new IllegalArgumentException("pan.retention.days must be at least (pan.rosters.demand-months + 1) x 31"
                    + " (" + demandDays + " days: the diagnoses a roster's demand is built from), not " + days);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("pan.retention.batch-size must be from 1 to 10000, not " + batchSize);
        }
        return new RetentionPolicy(Duration.ofDays(days), batchSize);
    }

    /**
     * @param after     how long a case (a diagnosis and its referrals) is kept after its last change
     * @param batchSize diagnoses removed per transaction
     */
    public record RetentionPolicy(Duration after, int batchSize) {
    }
}
