package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.PublishedWeek;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.json.SolutionJson.Change;
import be.brussels.pan.roster.json.SolutionJson.ChangeJson;

/** Re-planning a published week that did not change loses nothing and moves no locked session. */
class ReplanProperties {

    @Property(tries = 8)
    void replanningAnUnchangedWeekKeepsEveryLockedSessionAndDropsNone(
            @ForAll @LongRange(min = 0, max = 100_000) long seed, @ForAll @IntRange(min = 5, max = 40) int size,
            @ForAll @Size(40) List<Boolean> locks) {
        ProblemGenerator.Generated week = ProblemGenerator.generate(Dimensions.forSessions(size), seed, true);
        // The generator's hidden full assignment, published as it is; the sessions locked as jqwik drew.
        Set<String> locked = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (locks.get(i)) {
                locked.add(week.problem().sessions().get(i).id());
            }
        }
        ProblemJson replan = PublishedWeek.apply(week.problem(), week.hiddenAssignment(), locked::contains);
        SolverConfig config = RosterSolver.config(Duration.ofSeconds(2));
        config.getPhaseConfigList().get(1).setTerminationConfig(new TerminationConfig().withStepCountLimit(20));

        SolutionJson solution = SolveToEnd.solve(config, replan, Duration.ofSeconds(2));

        assertThat(FeasibilityChecker.check(replan, solution).violations()).isEmpty();
        assertThat(solution.score().hard()).isZero();
        assertThat(solution.score().medium()).as("every session placed, as published").isZero();
        Map<String, ChangeJson> changes = ReplanTest.byId(solution.changes());
        assertThat(changes).hasSize(size);
        for (SessionJson s : replan.sessions()) {
            ChangeJson c = changes.get(s.id());
            assertThat(c.from()).isEqualTo(s.published());
            assertThat(c.change()).as(s.id()).isIn(Change.KEPT, Change.MOVED);
            if (s.hasLock()) {
                assertThat(c.change()).as(s.id()).isEqualTo(Change.KEPT);
            }
            if (c.change() == Change.MOVED) {
                // Nothing forced it: an unlocked session the solver moved because that lowered the costs.
                assertThat(c.reasons()).containsExactly(ChangeReport.UNLOCKED_MOVE);
            }
        }
        if (locked.size() == size) {
            assertThat(solution.assignments()).containsExactlyInAnyOrderElementsOf(
                    week.hiddenAssignment().assignments());
        }
    }
}
