package be.brussels.pan.service.health;

import be.brussels.pan.service.engine.EngineHolder;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health shows which rule base and catalogue answer diagnoses. */
@Component("ruleBase")
public class RuleBaseHealthIndicator implements HealthIndicator {

    private final EngineHolder engines;

    public RuleBaseHealthIndicator(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("version", engines.engine().ruleBaseVersion())
                // A catalogue uploaded before versions were required may have none: health must still answer.
                .withDetail("catalog", java.util.Objects.requireNonNullElse(engines.engine().catalog().version(), "(no version)"))
                .build();
    }
}
