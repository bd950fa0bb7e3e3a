package be.brussels.pan.service.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The service's Dropwizard metrics, in one registry exposed as JSON at {@code /metrics} (ADMIN only):
 * a timer per endpoint, the diagnosis time inside the engine, solve time, a meter per referral transition, and the
 * sign-in failures, locks and throttled attempts (issue 15).
 */
@Component
public class PanMetrics {

    private final MetricRegistry registry = new MetricRegistry();

    public MetricRegistry registry() {
        return registry;
    }

    /** Timer of one endpoint, named by method and route pattern: {@code http.POST./api/v1/diagnoses}. */
    public Timer endpoint(String method, String route) {
        return registry.timer("http." + method + "." + route);
    }

    /** Time spent inside the engine for one diagnosis (or one batch). */
    public Timer diagnosis() {
        return registry.timer("engine.diagnosis");
    }

    /** Record one group commit of diagnoses: how many calls shared it. */
    public void diagnosesCommitted(int calls) {
        registry.histogram("db.diagnoses.group-commit.calls").update(calls);
    }

    /** Record one solve's wall time. */
    public void solved(Duration duration) {
        registry.timer("planner.solve").update(duration);
    }

    /**
     * One failed sign-in (Basic, the login form, or the current password of a password change), counted in
     * {@code auth.failures} and by reason in {@code auth.failures.REASON} ({@code bad-credentials}, {@code disabled}…).
     * Aggregates only: no user name or address is ever part of a metric's name.
     */
    public void authenticationFailed(String reason) {
        registry.meter("auth.failures").mark();
        registry.meter("auth.failures." + reason).mark();
    }

    /**
     * A failure after which a throttle key makes the next attempt wait: {@code auth.locks} and by kind of key,
     * {@code auth.locks.pair}, {@code .user} or {@code .address}.
     */
    public void authenticationLocked(String kind) {
        registry.meter("auth.locks").mark();
        registry.meter("auth.locks." + kind).mark();
    }

    /** A sign-in refused without a check because its wait was not over (answered 429): {@code auth.throttled}. */
    public void authenticationThrottled() {
        registry.meter("auth.throttled").mark();
    }

    /** A value read when the metrics are read, e.g. {@code auth.locked.pair}: the keys waiting now. */
    public void gauge(String name, java.util.function.Supplier<? extends Number> value) {
        registry.gauge(name, () -> value::get);
    }

    /**
     * One run of a scheduled job on this instance, {@code jobs.NAME.runs} (issue 16): counted only when the job held
     * its cluster-wide lock and ran, so that the sum over the instances is how often it ran cluster-wide.
     */
    public void jobRan(String job) {
        registry.counter("jobs." + job + ".runs").inc();
    }

    /** Mark one referral transition, e.g. {@code referral.transition.SENT.ACCEPTED}. */
    public Meter transition(String from, String to) {
        Meter meter = registry.meter("referral.transition." + from + "." + to);
        meter.mark();
        return meter;
    }
}
