package be.brussels.pan.service.notification;

import be.brussels.pan.service.cluster.ClusterJobs;
import be.brussels.pan.service.referral.ReferralEvent;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the outbox: right after each commit that wrote mails, and every {@code pan.notifications.poll-interval}
 * for the retries (and for mails left by a stopped instance). Every run happens on one thread of its own, never
 * on the request's thread nor the scheduler's: a slow SMTP server delays only the mails.
 *
 * <p>A mail is claimed before it is sent ({@link NotificationOutbox#claim}), so two instances sharing a database
 * do not send it twice; a failure counts the attempt and sets the next one after a doubling wait
 * ({@link NotificationSettings#retryAfter}). The delivery is at least once: an instance that stops between the
 * SMTP server's answer and the row's update leaves a claim that another run takes again after the
 * claim-timeout, and that mail is sent twice.
 *
 * <p>The claim is what keeps two instances from sending one mail twice (issue 16), whoever runs; the poll, besides,
 * runs on one instance per interval ({@link ClusterJobs}), so that the outbox is not read by every instance every
 * interval. Each instance still sends right after its own commits.
 *
 * <p>Logs name the outbox row and the referral, never the address nor the SMTP server's message (which can
 * repeat the address).
 */
@Component
public class NotificationSender implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationSettings settings;
    private final NotificationOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pan-notifications");
        thread.setDaemon(true);
        return thread;
    });
    /** A run is queued and not yet started: a further request for a run adds nothing. */
    private final AtomicBoolean runQueued = new AtomicBoolean();

    public NotificationSender(NotificationSettings settings, NotificationOutbox outbox,
                              ObjectProvider<JavaMailSender> mailSender) {
        this.settings = settings;
        this.outbox = outbox;
        this.mailSender = mailSender;
    }

    /** After a referral change committed (its mails with it): send them now rather than at the next poll. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void afterCommit(ReferralEvent event) {
        requestRun();
    }

    @Scheduled(fixedDelayString = "${pan.notifications.poll-interval}",
            initialDelayString = "${pan.notifications.poll-interval}")
    @SchedulerLock(name = ClusterJobs.NOTIFICATION_POLL,
            lockAtLeastFor = "${pan.jobs.notification-poll.lock-at-least-for}",
            lockAtMostFor = "${pan.jobs.notification-poll.lock-at-most-for}")
    public void poll() {
        requestRun();
    }

    /** Queues one run on the sender's thread, unless one is queued already. */
    public void requestRun() {
        if (settings.enabled() && runQueued.compareAndSet(false, true)) {
            runs.execute(() -> {
                runQueued.set(false);
                try {
                    sendDue(now());
                } catch (RuntimeException e) {
                    // The database may be away: the next poll tries again.
                    LOG.warn("notification run failed: {}", e.getClass().getName());
                }
            });
        }
    }

    /** Sends the mails due at {@code now} that this run can claim; returns how many were sent. */
    public int sendDue(Instant now) {
        if (!settings.enabled()) {
            return 0;
        }
        JavaMailSender smtp = mailSender.getObject();
        Instant staleBefore = now.minus(settings.claimTimeout());
        int sent = 0;
        for (UUID id : outbox.due(now, staleBefore, settings.batchSize())) {
            if (!outbox.claim(id, now, staleBefore)) {
                continue;
            }
            NotificationOutbox.Pending mail = outbox.pending(id).orElse(null);
            if (mail == null) {
                continue; // erased since it was claimed: nothing to send
            }
            try {
                smtp.send(message(smtp, mail));
                outbox.sent(id, now());
                sent++;
            } catch (Exception e) {
                failed(mail, e);
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender smtp, NotificationOutbox.Pending mail) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // RFC 3834: an automatic message, so that out-of-office replies are not sent back to it.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private void failed(NotificationOutbox.Pending mail, Exception e) {
        Instant now = now();
        boolean giveUp = mail.attempts() >= settings.maxAttempts();
        // The kind of failure only: an SMTP server's message can repeat the address.
        String error = e.getClass().getName() + (e.getCause() == null ? "" : " / " + e.getCause().getClass().getName());
        outbox.failed(mail.id(), now, now.plus(settings.retryAfter(mail.attempts())), giveUp, error);
        if (giveUp) {
            LOG.error("notification {} for referral {} given up after {} attempts: {}", mail.id(), mail.referralId(),
                    mail.attempts(), error);
        } else {
            LOG.warn("notification {} for referral {} not sent (attempt {}, next in {}): {}", mail.id(),
                    mail.referralId(), mail.attempts(), settings.retryAfter(mail.attempts()), error);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void destroy() {
        runs.shutdownNow();
    }
}
