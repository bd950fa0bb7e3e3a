package be.brussels.pan.service.health;

import be.brussels.pan.service.engine.EngineHolder;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}, with Spring's readiness state and the
 * database): UP only once the database is migrated (no Flyway migration pending), the bootstrap users are
 * written, the uploaded catalogue is swapped in and the rule base is loaded. Otherwise OUT_OF_SERVICE, with the
 * step that is missing.
 */
@Component("startup")
public class StartupHealthIndicator implements HealthIndicator {

    private final ObjectProvider<Flyway> flyway;
    private final StartupSteps steps;
    private final EngineHolder engines;
    /** Once migrated, a database stays migrated for this process: Flyway is asked until then only. */
    private volatile boolean migrated;

    public StartupHealthIndicator(ObjectProvider<Flyway> flyway, StartupSteps steps, EngineHolder engines) {
        this.flyway = flyway;
        this.steps = steps;
        this.engines = engines;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        boolean ready = true;
        boolean dbMigrated = migrated();
        details.put("databaseMigrated", dbMigrated);
        ready &= dbMigrated;
        for (StartupSteps.Step step : StartupSteps.Step.values()) {
            boolean done = steps.isDone(step);
            details.put(name(step), done);
            ready &= done;
        }
        String ruleBase = engines.engine() == null ? null : engines.engine().ruleBaseVersion();
        details.put("ruleBaseLoaded", ruleBase != null);
        ready &= ruleBase != null;
        return (ready ? Health.up() : Health.outOfService()).withDetails(details).build();
    }

    private boolean migrated() {
        if (!migrated) {
            Flyway f = flyway.getIfAvailable();
            migrated = f != null && f.info().pending().length == 0;
        }
        return migrated;
    }

    /** USERS_BOOTSTRAPPED: usersBootstrapped. */
    private static String name(StartupSteps.Step step) {
        String[] words = step.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
