package be.brussels.pan.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;

import be.brussels.pan.roster.solver.RosterSolver;

/** The Benchmarker's configuration builds (names, phases) without running minutes of solves. */
class RosterBenchmarkTest {

    @Test
    void theBenchmarkBuildsInFullAndQuickMode(@TempDir Path dir) {
        assertThatCode(() -> RosterBenchmark.build(true, dir.toFile())).doesNotThrowAnyException();
        assertThatCode(() -> RosterBenchmark.build(false, dir.toFile())).doesNotThrowAnyException();
    }

    @Test
    void theReproducibleSolverGetsTheBudgetRosterSolverGivesItsTimeLimit() {
        for (boolean quick : new boolean[] {true, false}) {
            PlannerBenchmarkConfig config = RosterBenchmark.config(quick);
            long seconds = quick ? RosterBenchmark.QUICK_SECONDS : 60;
            SolverBenchmarkConfig reproducible = config.getSolverBenchmarkConfigList().stream()
                    .filter(b -> b.getName().equals(RosterBenchmark.REPRODUCIBLE)).findFirst().orElseThrow();
            assertThat(reproducible.getSolverConfig().getTerminationConfig().getScoreCalculationCountLimit())
                    .isEqualTo(seconds * RosterSolver.REPRODUCIBLE_CALCULATIONS_PER_SECOND);
            assertThat(config.getInheritedSolverBenchmarkConfig().getSolverConfig().getTerminationConfig()
                    .getSecondsSpentLimit()).isEqualTo(seconds);
        }
    }
}
