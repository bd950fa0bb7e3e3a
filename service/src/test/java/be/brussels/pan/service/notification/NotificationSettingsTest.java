package be.brussels.pan.service.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The retry schedule and the start-up checks of {@code pan.notifications.*}. */
class NotificationSettingsTest {

    private final NotificationConfig config = new NotificationConfig();

    @Property
    void theWaitStartsAtFirstRetryDoublesAndNeverPassesMaxRetry(@ForAll @IntRange(min = 1, max = 10_000) int attempts,
                                                                @ForAll @IntRange(min = 1, max = 600) int firstSeconds,
                                                                @ForAll @IntRange(min = 1, max = 100) int maxFactor) {
        NotificationSettings settings = settings(Duration.ofSeconds(firstSeconds),
                Duration.ofSeconds((long) firstSeconds * maxFactor));
        Duration wait = settings.retryAfter(attempts);
        Duration next = settings.retryAfter(attempts + 1);

        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(firstSeconds));
        assertThat(wait).isBetween(settings.firstRetry(), settings.maxRetry());
        assertThat(next).isBetween(wait, settings.maxRetry());
        assertThat(next.equals(settings.maxRetry()) || next.equals(wait.multipliedBy(2))).isTrue();
    }

    @Test
    void theDefaultScheduleReachesAnHourAfterSevenAttempts() {
        NotificationSettings settings = settings(Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(settings.retryAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.retryAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.inboxLink()).isEqualTo("https://pan.example.be/inbox.html");
    }

    @Test
    void onWithoutAHostASenderOrABaseUrlStopsTheStartUpNamingTheProperty() {
        assertThatThrownBy(() -> make(true, "pan@example.be", "https://pan.example.be", ""))
                .hasMessageContaining("spring.mail.host");
        assertThatThrownBy(() -> make(true, "", "https://pan.example.be", "smtp.example.be"))
                .hasMessageContaining("pan.notifications.from");
        assertThatThrownBy(() -> make(true, "pan@example.be", "pan.example.be", "smtp.example.be"))
                .hasMessageContaining("pan.notifications.base-url");
        assertThat(make(true, "pan@example.be", "https://pan.example.be", "smtp.example.be").enabled()).isTrue();
        // Off, nothing else is required.
        assertThat(make(false, "", "", "").enabled()).isFalse();
    }

    private NotificationSettings make(boolean enabled, String from, String baseUrl, String host) {
        return config.notificationSettings(enabled, from, baseUrl, 50, Duration.ofMinutes(1), Duration.ofHours(1), 30,
                Duration.ofMinutes(5), host);
    }

    private static NotificationSettings settings(Duration first, Duration max) {
        return new NotificationSettings(true, "pan@example.be", URI.create("https://pan.example.be/"), 50, first, max, 30,
                Duration.ofMinutes(5));
    }
}
