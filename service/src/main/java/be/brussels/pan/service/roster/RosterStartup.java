package be.brussels.pan.service.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks FAILED the rosters that a previous run of this same instance left SOLVING (its solves were in
 * its memory, so they are lost), when the instance's id is set in the configuration ({@code pan.rosters.instance-id}).
 * Never the other instances' rosters: on a shared database they may be solving right now. Every other roster left
 * SOLVING by a stopped instance is failed by the sweep of any instance within the heartbeat timeout
 * ({@link RosterSolves}).
 */
@Component
public class RosterStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RosterStartup.class);

    private final RosterSolves solves;

    public RosterStartup(RosterSolves solves) {
        this.solves = solves;
    }

    @Override
    public void run(ApplicationArguments args) {
        int failed = solves.failLeftByPreviousRun();
        if (failed > 0) {
            LOG.warn("{} roster(s) interrupted by the last stop of this instance marked FAILED", failed);
        }
    }
}
