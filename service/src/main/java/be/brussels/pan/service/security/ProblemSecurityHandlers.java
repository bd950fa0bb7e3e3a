package be.brussels.pan.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 as RFC 9457 problems, like every other error; and the 400 of a request the firewall rejects
 * (';', '//', '..', an encoded '%' in the path, a method it does not know). Spring Security picks this bean up
 * as its {@link RequestRejectedHandler}: its default sent the 400 through the container's error page, which
 * the firewall rejected again for an unknown method, leaving an empty body.
 */
@Component
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectMapper mapper;

    public ProblemSecurityHandlers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            tooManyAttempts(request, response, throttled);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"pan\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication is required.");
    }

    /**
     * 429 with {@code Retry-After}: a sign-in refused, its password unchecked, until the wait after failed attempts
     * is over (LoginThrottle). It does not say whether the user exists: unknown names are throttled alike.
     */
    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, LoginThrottledException e)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins"
                + " for this user or from this address: no password is checked for " + e.retryAfterSeconds()
                + " s (Retry-After).");
        problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // A missing or stale CSRF token is not a question of role: say what to send instead.
        write(request, response, HttpStatus.FORBIDDEN, e instanceof org.springframework.security.web.csrf.CsrfException
                ? "The CSRF token is missing or does not match: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header (or _csrf in the form)."
                : "Your role does not give access to this resource.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        // The rejected path is not echoed: it is what made the request unsafe.
        writeProblem(response, HttpStatus.BAD_REQUEST, "The request is refused before it reaches the service: its path"
                + " or method is not accepted (for example ';', '//', '..' or an encoded '%' in the path).", null);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        writeProblem(response, status, detail, URI.create(request.getRequestURI()));
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, String detail, URI instance)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (instance != null) {
            problem.setInstance(instance);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
