package be.brussels.pan.service.security;

import be.brussels.pan.service.metrics.PanMetrics;
import java.util.Locale;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a user name and password are checked, for HTTP Basic and the login form alike: Spring's
 * {@link DaoAuthenticationProvider} on the {@link UserStore}, behind the {@link LoginThrottle}. A throttled attempt
 * is refused ({@link LoginThrottledException}) before its password is looked at; every other outcome is reported
 * to the throttle and every failure counted in the metrics.
 *
 * <p>Being the only {@link AuthenticationProvider} bean, Spring Security builds its authentication manager from
 * this one instead of its default, so nothing checks a password around it. The client address is the request's
 * remote address ({@link WebAuthenticationDetails}, which Spring fills for both); behind a proxy it is the
 * proxy's, unless {@code server.forward-headers-strategy} is set (docs/security/auth.md).
 */
@Component
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final UserStore users;
    private final LoginThrottle throttle;
    private final PanMetrics metrics;

    public ThrottlingAuthenticationProvider(UserStore users, PasswordEncoder encoder, LoginThrottle throttle,
                                            PanMetrics metrics) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.users = users;
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.Decision decision = throttle.attempt(authentication.getName(), address);
        LoginThrottle.Attempt attempt = decision.allowed().orElse(null);
        if (attempt == null) {
            metrics.authenticationThrottled();
            throw new LoginThrottledException(decision.retryAfter());
        }
        Authentication result;
        try {
            result = checkedAgainstTheDatabase(authentication);
        } catch (InternalAuthenticationServiceException unavailable) {
            // The user could not be read (the database is away): not the caller's failure.
            attempt.abandoned();
            throw unavailable;
        } catch (AuthenticationException failed) {
            failed(attempt, failed);
            throw failed;
        } catch (RuntimeException unexpected) {
            attempt.abandoned();
            throw unexpected;
        }
        attempt.succeeded();
        return result;
    }

    /**
     * The password checked against the user this instance remembers ({@code pan.security.user-cache-seconds}); if
     * that fails and the user's row has changed since (a new password or an enabling made on another instance, issue
     * 16), checked once more against the row: one attempt for the throttle either way.
     */
    private Authentication checkedAgainstTheDatabase(Authentication authentication) {
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException refused) {
            if (!users.rereadIfChanged(authentication.getName())) {
                throw refused;
            }
            return passwords.authenticate(authentication);
        }
    }

    private void failed(LoginThrottle.Attempt attempt, AuthenticationException why) {
        metrics.authenticationFailed(reason(why));
        for (LoginThrottle.Kind kind : attempt.failed()) {
            metrics.authenticationLocked(kind.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The reason as a metric's last word; a closed list, so that no text of the request reaches a metric's name. */
    static String reason(AuthenticationException e) {
        if (e instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        if (e instanceof DisabledException) {
            return "disabled";
        }
        if (e instanceof LockedException) {
            return "locked";
        }
        if (e instanceof AccountExpiredException || e instanceof CredentialsExpiredException) {
            return "expired";
        }
        return "other";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
