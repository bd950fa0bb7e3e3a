package be.brussels.pan.service.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 (a problem, with {@code Retry-After: 1}) to every request but the health probes while the service is
 * not accepting traffic yet: before Spring Boot has run the start-up runners (it marks the application ready only
 * then). While it shuts down (issue 16) requests are served, although readiness is DOWN: a balancer goes on sending
 * some until it has seen the probe, and they are answered rather than refused ({@link ShutdownDrain}); then the web
 * server itself stops taking connections. The steps that decide who may sign in run before the port opens
 * (security.BootstrapUsers); this covers every other start-up step, present and future, so that no request is
 * answered from a half-started service. It runs before Spring Security: no password is checked meanwhile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NotReadyFilter extends OncePerRequestFilter {

    private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The service is starting: try again in a moment.\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final ApplicationAvailability availability;
    private final ShutdownDrain drain;

    public NotReadyFilter(ApplicationAvailability availability, ShutdownDrain drain) {
        this.availability = availability;
        this.drain = drain;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || drain.draining()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(BODY);
    }
}
