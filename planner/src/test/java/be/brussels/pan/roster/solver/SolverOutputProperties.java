package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import be.brussels.pan.roster.check.CheckReport;
import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;

/** Whatever the generated week, the solver's output passes the independent checker and round-trips as JSON. */
class SolverOutputProperties {

    @Property(tries = 8)
    void solverOutputIsAlwaysHardFeasibleAndComplete(@ForAll @LongRange(min = 0, max = 100_000) long seed,
                                                     @ForAll @IntRange(min = 5, max = 60) int sessions) {
        ProblemJson problem = ProblemGenerator.generate(Dimensions.forSessions(sessions), seed, false).problem();
        SolverConfig config = RosterSolver.config(Duration.ofSeconds(1));
        config.getPhaseConfigList().get(1).setTerminationConfig(new TerminationConfig().withStepCountLimit(20));

        SolutionJson solution = SolveToEnd.solve(config, problem, Duration.ofSeconds(1));

        CheckReport report = FeasibilityChecker.check(problem, solution);
        assertThat(report.violations()).isEmpty();
        assertThat(solution.score().hard()).isZero();
        assertThat(solution.assignments().size() + solution.unassigned().size()).isEqualTo(sessions);
        assertThat(RosterJson.readSolution(RosterJson.write(solution))).isEqualTo(solution);
    }
}
