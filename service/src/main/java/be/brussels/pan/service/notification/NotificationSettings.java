package be.brussels.pan.service.notification;

import java.net.URI;
import java.time.Duration;

/**
 * {@code pan.notifications.*}: whether mails are written and sent at all, who they come from, where their
 * links point, and how the outbox is sent (see application.yml for each value's meaning).
 *
 * @param enabled      off by default: nothing is written to the outbox and nothing is sent
 * @param from         the sender's address
 * @param baseUrl      the service's public address, for the link to the inbox
 * @param batchSize    the most mails one run of the sender claims
 * @param firstRetry   the wait before the second attempt; it doubles at each failure…
 * @param maxRetry     …up to this
 * @param maxAttempts  after this many failed attempts a mail is given up (kept, with {@code gave_up_at})
 * @param claimTimeout a claim older than this is a crashed sender's: the mail is claimed again
 */
public record NotificationSettings(boolean enabled, String from, URI baseUrl, int batchSize, Duration firstRetry,
                                   Duration maxRetry, int maxAttempts, Duration claimTimeout) {

    /** The wait after the {@code attempts}-th failed attempt: doubling from {@code firstRetry}, at most {@code maxRetry}. */
    public Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** The link to the inbox page, where the recipient signs in to read the details. */
    public String inboxLink() {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/inbox.html";
    }
}
