package be.brussels.pan.service.notification;

import be.brussels.pan.service.security.UserRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads and checks {@code pan.notifications.*} at start-up. When notifications are on, a missing or wrong
 * setting stops the start-up with the property's name, rather than leaving mails in the outbox forever.
 */
@Configuration
public class NotificationConfig {

    @Bean
    NotificationSettings notificationSettings(
            @Value("${pan.notifications.enabled}") boolean enabled,
            @Value("${pan.notifications.from}") String from,
            @Value("${pan.notifications.base-url}") String baseUrl,
            @Value("${pan.notifications.batch-size}") int batchSize,
            @Value("${pan.notifications.first-retry}") Duration firstRetry,
            @Value("${pan.notifications.max-retry}") Duration maxRetry,
            @Value("${pan.notifications.max-attempts}") int maxAttempts,
            @Value("${pan.notifications.claim-timeout}") Duration claimTimeout,
            @Value("${spring.mail.host:}") String mailHost) {
        if (!enabled) {
            return new NotificationSettings(false, null, URI.create("http://localhost"), batchSize, firstRetry, maxRetry,
                    maxAttempts, claimTimeout);
        }
        if (mailHost.isBlank()) {
            throw new IllegalArgumentException("pan.notifications.enabled is true but spring.mail.host is not set");
        }
        if (from.isBlank() || UserRules.emailViolation(from.trim()).isPresent()) {
            throw new IllegalArgumentException("pan.notifications.from must be the sender's e-mail address");
        }
        URI base = base(baseUrl);
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("pan.notifications.batch-size and max-attempts must be at least 1");
        }
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("pan.notifications.first-retry must be positive and at most max-retry");
        }
        if (claimTimeout.compareTo(Duration.ofSeconds(30)) < 0) {
            // Shorter than the SMTP time-outs, a claim would be taken from a sender still sending: twice the mail.
            throw new IllegalArgumentException("pan.notifications.claim-timeout must be at least PT30S");
        }
        return new NotificationSettings(true, from.trim(), base, batchSize, firstRetry, maxRetry, maxAttempts,
                claimTimeout);
    }

    private static URI base(String baseUrl) {
        try {
            URI uri = new URI(baseUrl.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(baseUrl, "not an absolute http(s) address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("pan.notifications.base-url must be the service's public http(s) address"
                    + " (for the link to the inbox), such as https://pan.example.be");
        }
    }
}
