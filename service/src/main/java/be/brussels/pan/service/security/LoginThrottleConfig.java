package be.brussels.pan.service.security;

import be.brussels.pan.service.metrics.PanMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-in back-off ({@link LoginThrottle}) with its policy numbers from {@code pan.security.throttle}. */
@Configuration
public class LoginThrottleConfig {

    @Bean
    ThrottleClock throttleClock() {
        return new ThrottleClock(Clock.systemUTC());
    }

    @Bean
    LoginThrottle loginThrottle(@Value("${pan.security.throttle.free-failures.pair}") int pair,
                                @Value("${pan.security.throttle.free-failures.user}") int user,
                                @Value("${pan.security.throttle.free-failures.address}") int address,
                                @Value("${pan.security.throttle.first-delay}") Duration firstDelay,
                                @Value("${pan.security.throttle.max-delay}") Duration maxDelay,
                                @Value("${pan.security.throttle.forget-after}") Duration forgetAfter,
                                @Value("${pan.security.throttle.known-for}") Duration knownFor,
                                @Value("${pan.security.throttle.max-entries}") int maxEntries,
                                ThrottleClock clock, PanMetrics metrics) {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(
                Map.of(LoginThrottle.Kind.PAIR, pair, LoginThrottle.Kind.USER, user, LoginThrottle.Kind.ADDRESS, address),
                firstDelay, maxDelay, forgetAfter, knownFor, maxEntries), clock);
        for (LoginThrottle.Kind kind : LoginThrottle.Kind.values()) {
            metrics.gauge("auth.locked." + kind.name().toLowerCase(Locale.ROOT), () -> throttle.locked(kind));
        }
        return throttle;
    }
}
