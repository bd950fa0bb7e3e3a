package be.brussels.pan.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import be.brussels.pan.roster.check.CheckReport;
import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * What the project says of a roster an exact model found: the independent checker's verdict on it as contract JSON,
 * and the planner's score with its soft cost per constraint. {@link Exact} and {@link Bound} compare these with their
 * model's objectives; a disagreement means the model is wrong.
 */
record Verdict(CheckReport check, HardMediumSoftLongScore score, Map<String, Long> softTerms) {

    static Verdict of(PlannerScore planner, ProblemJson problem, Roster roster,
                      Map<Session, ExactModel.Placement> placements) {
        CheckReport check = FeasibilityChecker.check(problem, toJson(problem, placements));
        HardMediumSoftLongScore score = planner.score(roster, placements);
        return new Verdict(check, score, planner.softByConstraint(roster));
    }

    /** The model's roster as contract JSON, written here from its placements (not by the planner's mapper). */
    private static SolutionJson toJson(ProblemJson problem, Map<Session, ExactModel.Placement> placements) {
        List<AssignmentJson> assignments = new ArrayList<>();
        List<SolutionJson.UnassignedJson> unassigned = new ArrayList<>();
        for (ProblemJson.SessionJson s : problem.sessions()) {
            ExactModel.Placement p = placements.entrySet().stream().filter(e -> e.getKey().getId().equals(s.id()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (p == null) {
                unassigned.add(new SolutionJson.UnassignedJson(s.id(),
                        List.of("left unassigned by the exact model (lowest total priority of unassigned sessions)")));
            } else {
                assignments.add(new AssignmentJson(s.id(), p.timeslot().getId(), p.venue().getId(),
                        p.animator().getId(), p.kit() == null ? null : p.kit().getId()));
            }
        }
        return new SolutionJson(problem.id(), null, assignments, unassigned);
    }

    /** The planner's medium and soft as positive costs. */
    long medium() {
        return -score.mediumScore();
    }

    long soft() {
        return -score.softScore();
    }

    /** Whether the planner's score is 0 hard with these medium and soft costs. */
    boolean scores(long medium, long soft) {
        return score.hardScore() == 0 && medium() == medium && soft() == soft;
    }
}
