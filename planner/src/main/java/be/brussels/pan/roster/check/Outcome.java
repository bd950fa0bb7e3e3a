package be.brussels.pan.roster.check;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.export.RosterRows;
import be.brussels.pan.roster.export.RosterRows.Row;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * What a roster achieved, counted the way a planner says it rather than as a score: sessions placed of the total,
 * how many hard rules the solution breaks (the independent {@link FeasibilityChecker}'s violations), the placed
 * sessions held outside their preferred period (S4, as the solver judges it: {@link Period#contains}) and the
 * communes with demand that host none of the placed sessions (S6).
 */
public record Outcome(int placed, int total, int rulesBroken, int outsidePreferredPeriod,
                      int communesWithoutSession) {

    public static Outcome of(ProblemJson problem, SolutionJson solution) {
        RosterRows rows = RosterRows.of(problem, solution);
        int outside = 0;
        Set<String> hosting = new HashSet<>();
        for (Row r : rows.assigned()) {
            Timeslot slot = new Timeslot(r.timeslot().id(), r.timeslot().day(), LocalTime.parse(r.timeslot().start()),
                    LocalTime.parse(r.timeslot().end()));
            Period period = r.session().preferredPeriod() == null ? Period.ANY : r.session().preferredPeriod();
            if (!period.contains(slot)) {
                outside++;
            }
            hosting.add(r.venue().commune());
        }
        Set<String> demand = new HashSet<>();
        problem.sessions().forEach(s -> demand.add(s.commune()));
        demand.removeAll(hosting);
        int broken = (int) FeasibilityChecker.check(problem, solution).violations().size();
        return new Outcome(solution.assignments().size(), problem.sessions().size(), broken, outside, demand.size());
    }
}
