package be.brussels.pan.service.health;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The start-up steps a request depends on, marked done by the beans that do them; {@link StartupHealthIndicator}
 * reports them to the readiness probe. The steps run before the web server opens its port, so a request never
 * sees one undone: this records it, so that readiness says so in words rather than by assumption.
 */
@Component
public class StartupSteps {

    /** A step besides the database's migration (which Flyway reports itself) and the rule base (the engine's). */
    public enum Step {
        /** {@code PAN_BOOTSTRAP_USERS} written: their passwords are the environment's (security.BootstrapUsers). */
        USERS_BOOTSTRAPPED,
        /** The administrator's latest uploaded catalogue swapped in, if any (admin.CatalogStartup). */
        CATALOGUE_LOADED
    }

    private final Set<Step> done = Collections.synchronizedSet(EnumSet.noneOf(Step.class));

    public void done(Step step) {
        done.add(step);
    }

    public boolean isDone(Step step) {
        return done.contains(step);
    }
}
