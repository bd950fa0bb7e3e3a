package be.brussels.pan.service.security;

import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.NotFoundException;
import be.brussels.pan.service.web.TooManyRequestsException;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/v1/me/password} {@code {current, new}}: every signed-in user changes their own password
 * (issue 15). The current password is checked as a sign-in is, behind the same {@link LoginThrottle}: a stolen
 * session cannot guess it faster than a login form could. The new one follows the {@link PasswordPolicy}. It takes
 * effect at once on this instance: the user's remembered entry is dropped (Basic clients need the new password
 * from the next request on), the user's other browser sessions end at their next request
 * ({@link StaleSessionFilter}), and this session goes on under a new session id.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "The signed-in user's own account")
public class PasswordChangeController {

    /** The body: the current password and the new one ({@code new} in JSON). */
    public record PasswordChange(String current, @JsonProperty("new") String next) {
    }

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final LoginThrottle throttle;
    private final PanMetrics metrics;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public PasswordChangeController(UserStore users, PasswordEncoder encoder, PasswordPolicy passwords,
                                    LoginThrottle throttle, PanMetrics metrics) {
        this.users = users;
        this.encoder = encoder;
        this.passwords = passwords;
        this.throttle = throttle;
        this.metrics = metrics;
    }

    @Operation(summary = "Change your own password",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "{\"current\": \"…\", \"new\": \"…\"}: the new password has at least 12 characters, is"
                            + " not easy to guess and differs from the current one",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PasswordChange.class))))
    @ApiResponse(responseCode = "204", description = "Changed: the old password no longer works, your other sessions end")
    @ApiResponse(responseCode = "400", description = "current is missing or wrong, or new is too short, too easy to guess or"
            + " the same (field names which; no message repeats a password)")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "429", description = "Too many wrong current passwords: wait Retry-After seconds")
    @PutMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> change(@RequestBody byte[] body, @AuthenticationPrincipal PanUser me,
                                       HttpServletRequest request, HttpServletResponse response) {
        PasswordChange change = SecretBodies.read(body, PasswordChange.class, java.util.Set.of("current", "new"));
        if (change.current() == null || change.current().isEmpty()) {
            throw new BadInputException("current", "is required: your current password");
        }
        if (change.next() == null) {
            throw new BadInputException("new", "is required: the new password");
        }
        PanUser stored = users.find(me.username()).orElseThrow(() -> new NotFoundException("user", me.username()));
        LoginThrottle.Decision decision = throttle.attempt(me.username(), request.getRemoteAddr());
        LoginThrottle.Attempt attempt = decision.allowed().orElseThrow(() -> {
            metrics.authenticationThrottled();
            long seconds = new LoginThrottledException(decision.retryAfter()).retryAfterSeconds();
            return new TooManyRequestsException("Too many wrong passwords for this user or from this address: no"
                    + " password is checked for " + seconds + " s (Retry-After).", (int) seconds,
                    Map.of("retryAfterSeconds", seconds));
        });
        if (!encoder.matches(change.current(), stored.passwordHash())) {
            metrics.authenticationFailed("bad-credentials");
            attempt.failed().forEach(kind -> metrics.authenticationLocked(kind.name().toLowerCase(Locale.ROOT)));
            throw new BadInputException("current", "is not your current password");
        }
        attempt.succeeded();
        passwords.violation("new", change.next(), stored.username(), stored.organisation()).ifPresent(v -> {
            throw new BadInputException(v.field(), v.message());
        });
        if (change.next().equals(change.current())) {
            throw new BadInputException("new", "must differ from the current password");
        }
        String hash = encoder.encode(change.next());
        users.setPasswordHash(stored.username(), hash);
        keepThisSession(new PanUser(stored.username(), hash, stored.role(), stored.organisation(), stored.enabled()),
                request, response);
        return ResponseEntity.noContent().build();
    }

    /**
     * A browser session goes on with the new password (under a new id): only the user's other sessions end. A
     * Basic call has no session to keep.
     */
    private void keepThisSession(PanUser updated, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null || request.getHeader("Authorization") != null) {
            return;
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
