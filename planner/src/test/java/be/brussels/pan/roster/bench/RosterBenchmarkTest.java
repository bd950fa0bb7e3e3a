package be.brussels.pan.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.io.jaxb.SolverConfigIO;

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

    /**
     * The Benchmarker's "default" entries must be the solver the CLI and the service run: the same phases, written out
     * as XML, as solverConfig.xml (a change to one without the other would benchmark a solver nobody runs).
     */
    @Test
    void theDefaultEntriesHaveTheSolverConfigPhases() {
        String expected = phasesXml(RosterSolver.config(java.time.Duration.ofSeconds(10)).getPhaseConfigList());
        PlannerBenchmarkConfig config = RosterBenchmark.config(true);
        for (String name : List.of("Tabu then Simulated Annealing (compound moves)", RosterBenchmark.REPRODUCIBLE)) {
            SolverBenchmarkConfig entry = config.getSolverBenchmarkConfigList().stream()
                    .filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
            assertThat(phasesXml(entry.getSolverConfig().getPhaseConfigList())).as(name).isEqualTo(expected);
        }
    }

    private static String phasesXml(List<PhaseConfig> phases) {
        StringWriter xml = new StringWriter();
        new SolverConfigIO().write(new SolverConfig().withPhases(phases.toArray(PhaseConfig[]::new)), xml);
        return xml.toString();
    }
}
