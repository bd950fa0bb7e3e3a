package be.brussels.pan.service.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The service's Dropwizard metrics, in one registry exposed as JSON at {@code /metrics} (ADMIN only):
 * a timer per endpoint, the diagnosis time inside the engine, solve time, a meter per referral transition.
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

    /** Mark one referral transition, e.g. {@code referral.transition.SENT.ACCEPTED}. */
    public Meter transition(String from, String to) {
        Meter meter = registry.meter("referral.transition." + from + "." + to);
        meter.mark();
        return meter;
    }
}
