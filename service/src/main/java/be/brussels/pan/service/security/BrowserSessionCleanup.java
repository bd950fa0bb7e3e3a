package be.brussels.pan.service.security;

import be.brussels.pan.service.cluster.ClusterJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired browser sessions (issue 16, Spring Session JDBC) every {@code pan.sessions.cleanup-interval},
 * once cluster-wide ({@link ClusterJobs}). Spring Session's own clean-up, which every instance would run every minute,
 * is off ({@code spring.session.jdbc.cleanup-cron: "-"}). An expired session is refused at once whether or not its
 * row is still there: this only frees the table.
 */
@Component
public class BrowserSessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    public BrowserSessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(initialDelayString = "${pan.sessions.cleanup-interval}", fixedDelayString = "${pan.sessions.cleanup-interval}")
    @SchedulerLock(name = ClusterJobs.SESSION_CLEANUP,
            lockAtLeastFor = "${pan.jobs.session-cleanup.lock-at-least-for}",
            lockAtMostFor = "${pan.jobs.session-cleanup.lock-at-most-for}")
    public void scheduled() {
        sessions.cleanUpExpiredSessions();
    }
}
