package be.brussels.pan.service.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks FAILED the rosters a previous run left SOLVING: solving is in memory, so their solve is
 * lost (finished rosters are unaffected). Assumes one service instance per database, as solving does.
 */
@Component
public class RosterStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RosterStartup.class);

    private final RosterStore store;

    public RosterStartup(RosterStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        int failed = store.failInterrupted();
        if (failed > 0) {
            LOG.warn("{} roster(s) interrupted by the last stop marked FAILED", failed);
        }
    }
}
