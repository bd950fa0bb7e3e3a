package be.brussels.pan.service.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused, its password unchecked, because its wait after failed attempts is not over. A
 * {@link LockedException} (an account-status error) on purpose: Spring's ProviderManager hands those straight to
 * the caller instead of asking another provider, which would check the password anyway.
 */
public class LoginThrottledException extends LockedException {

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins: try again later.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1: the {@code Retry-After} header's value. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
