package be.brussels.pan.service.cluster;

import be.brussels.pan.service.metrics.PanMetrics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: every scheduled job runs once cluster-wide. Each {@code @Scheduled} method also carries ShedLock's
 * {@code @SchedulerLock}: before a run, the instance takes the job's row of the {@code shedlock} table (V21) with one
 * conditional UPDATE (or INSERT); an instance that finds it held skips that run. The row stays held
 * {@code lock-at-least-for} after the run started, a bit less than the job's interval, so that the other instance's
 * tick in the same period finds it held whatever the two instances' phases: the job runs once per period, on either
 * instance. {@code lock-at-most-for} frees the row of an instance that died during a run. Times are the database's
 * ({@code usingDbTime}): the instances' clocks do not matter.
 *
 * <p>Every run that held its lock is counted on the instance that ran it, {@code jobs.NAME.runs} on {@code /metrics}:
 * the sum over the instances is how often the job ran.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "${pan.jobs.default-lock-at-most-for}")
public class ClusterJobs {

    /** The lock names, also the metrics' {@code jobs.NAME.runs} and the settings' {@code pan.jobs.NAME}. */
    public static final String REFERRAL_EXPIRY = "referral-expiry";
    public static final String RETENTION = "retention";
    public static final String IDEMPOTENCY_PURGE = "idempotency-purge";
    public static final String NOTIFICATION_POLL = "notification-poll";
    public static final String SESSION_CLEANUP = "session-cleanup";

    /** Each job's lock, and the setting of its interval that the lock's times are checked against. */
    private static final List<String[]> JOBS = List.of(
            new String[] {REFERRAL_EXPIRY, "pan.referrals.expiry-interval"},
            new String[] {RETENTION, "pan.retention.interval"},
            new String[] {IDEMPOTENCY_PURGE, "pan.idempotency.purge-interval"},
            new String[] {NOTIFICATION_POLL, "pan.notifications.poll-interval"},
            new String[] {SESSION_CLEANUP, "pan.sessions.cleanup-interval"});

    @Bean
    LockProvider lockProvider(DataSource dataSource, PanMetrics metrics, Environment environment) {
        check(environment);
        LockProvider rows = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                // pid@host: which instance holds a job, when two run on one host.
                .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName())
                .build());
        return new Counted(rows, metrics);
    }

    /**
     * Stops the start naming the setting, rather than a job that never runs or runs twice: {@code lock-at-least-for}
     * positive and shorter than the interval (else the next tick finds the lock still held and the job runs every
     * other period), {@code lock-at-most-for} at least as long.
     */
    static void check(Environment environment) {
        List<String> wrong = new ArrayList<>();
        for (String[] job : JOBS) {
            String prefix = "pan.jobs." + job[0] + ".";
            Duration interval = duration(environment, job[1]);
            Duration atLeast = duration(environment, prefix + "lock-at-least-for");
            Duration atMost = duration(environment, prefix + "lock-at-most-for");
            if (atLeast.isNegative() || atLeast.isZero() || atLeast.compareTo(interval) >= 0) {
                wrong.add(prefix + "lock-at-least-for must be positive and shorter than " + job[1] + " (" + interval + ")");
            }
            if (atMost.compareTo(atLeast) < 0) {
                wrong.add(prefix + "lock-at-most-for must be at least " + prefix + "lock-at-least-for");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", wrong));
        }
    }

    /** As Spring Boot reads a duration setting: ISO-8601 ({@code PT15M}) or simple ({@code 15m}). */
    private static Duration duration(Environment environment, String name) {
        return DurationStyle.detectAndParse(environment.getRequiredProperty(name));
    }

    /** The lock provider, counting the locks taken: one per run of a job on this instance. */
    private record Counted(LockProvider rows, PanMetrics metrics) implements LockProvider {
        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = rows.lock(configuration);
            lock.ifPresent(held -> metrics.jobRan(configuration.getName()));
            return lock;
        }
    }
}
