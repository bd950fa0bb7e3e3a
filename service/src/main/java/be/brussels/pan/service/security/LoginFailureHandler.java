package be.brussels.pan.service.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * What a failed sign-in through the login form answers. A wrong name or password: back to {@code /login?error}, as
 * Spring's default. A throttled one: a browser (it accepts HTML) goes back to {@code /login?throttled=SECONDS},
 * where the page says in its language how long to wait; any other client gets the API's 429 problem with
 * {@code Retry-After}.
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final ProblemSecurityHandlers problems;

    public LoginFailureHandler(ProblemSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, ServletException {
        if (!(e instanceof LoginThrottledException throttled)) {
            wrong.onAuthenticationFailure(request, response, e);
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + throttled.retryAfterSeconds());
        } else {
            problems.tooManyAttempts(request, response, throttled);
        }
    }
}
