package be.brussels.pan.service.health;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issue 16, graceful shutdown. When the service is told to stop (SIGTERM, or its context closed), Spring Boot first
 * marks it REFUSING_TRAFFIC: {@code /actuator/health/readiness} answers 503. This then waits
 * {@code pan.shutdown.drain-delay} before anything stops, while requests are still served ({@link NotReadyFilter}), so
 * that a load balancer polling the probe takes the instance out before it stops answering. Then, in Spring's order:
 * the web server stops taking connections and lets the requests in flight finish ({@code server.shutdown: graceful},
 * at most {@code spring.lifecycle.timeout-per-shutdown-phase}), the web server stops, and only then are the beans
 * destroyed, among them the diagnoses' group commit (its writer commits every call queued before it stops): each
 * request answered 201 is stored.
 */
@Component
public class ShutdownDrain {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final Duration delay;
    /** The service accepted traffic once: a later REFUSING_TRAFFIC is a shutdown, not a start not yet done. */
    private volatile boolean served;
    private volatile boolean draining;

    public ShutdownDrain(ApplicationContext context, @Value("${pan.shutdown.drain-delay}") Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("pan.shutdown.drain-delay must not be negative");
        }
        this.context = context;
        this.delay = delay;
    }

    @EventListener
    void readiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            served = true;
        } else if (served) {
            draining = true;
        }
    }

    /** The service is stopping after it had started: requests are still served until the web server stops. */
    public boolean draining() {
        return draining;
    }

    @EventListener
    void closing(ContextClosedEvent event) {
        if (event.getApplicationContext() != context || !served || delay.isZero()) {
            return;
        }
        draining = true;
        LOG.info("stopping: readiness DOWN, serving requests for {} more before the web server stops", delay);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
