package be.brussels.pan.exact;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.solver.RosterSolver;

/**
 * The planner's own score of a roster: its constraint provider, through OptaPlanner's {@link SolutionManager} on the
 * solver configuration the planner uses ({@link RosterSolver#config}). The model's objective must equal it.
 */
final class PlannerScore {

    private final SolutionManager<Roster, HardMediumSoftLongScore> manager =
            SolutionManager.create(SolverFactory.create(RosterSolver.config(Duration.ofSeconds(1))));

    /** Applies the placements to the roster's sessions (the others unassigned) and scores it. */
    HardMediumSoftLongScore score(Roster roster, Map<Session, ExactModel.Placement> placements) {
        for (Session s : roster.getSessions()) {
            if (s.isPinned()) {
                continue;
            }
            ExactModel.Placement p = placements.get(s);
            s.setTimeslot(p == null ? null : p.timeslot());
            s.setVenue(p == null ? null : p.venue());
            s.setAnimator(p == null ? null : p.animator());
            s.setKit(p == null ? null : p.kit());
        }
        return manager.update(roster);
    }

    /** Soft total per constraint (positive costs), to locate a disagreement with the model. */
    Map<String, Long> softByConstraint(Roster roster) {
        Map<String, Long> out = new LinkedHashMap<>();
        manager.explain(roster).getConstraintMatchTotalMap().values().forEach(total -> {
            long soft = -total.getScore().softScore();
            if (soft != 0) {
                out.put(total.getConstraintName(), soft);
            }
        });
        return out;
    }
}
