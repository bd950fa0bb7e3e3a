package be.brussels.pan.roster.solver;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * A roster the solver found: a best solution so far, or the final one. It is written as contract JSON only when
 * first asked, and once: explaining every unassigned session costs more than many solver steps, and most best
 * solutions of a solve are replaced before anybody reads them.
 */
public final class RosterSolution {

    /** A planning clone that the solver hands over and never changes again, so it can be read on any thread. */
    private final Roster roster;
    private SolutionJson json;

    RosterSolution(Roster roster) {
        this.roster = roster;
    }

    /** The contract solution, with the reasons of every unassigned session. */
    public synchronized SolutionJson json() {
        if (json == null) {
            json = SolutionMapper.toJson(roster);
        }
        return json;
    }

    Roster roster() {
        return roster;
    }
}
