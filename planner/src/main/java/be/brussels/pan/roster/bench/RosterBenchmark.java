package be.brussels.pan.roster.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.benchmark.api.PlannerBenchmark;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.solver.ProblemMapper;
import be.brussels.pan.roster.solver.RosterSolver;

/**
 * Runs the OptaPlanner Benchmarker (benchmarkConfig.xml) on the generated {@link #INSTANCES} (seed 42).
 * Quick mode: 10 s per solve and 5 s warm-up. The reproducible solver benchmark gets the budget of score
 * calculations that {@link RosterSolver} gives a reproducible solve of that time limit.
 */
public final class RosterBenchmark {

    public static final String CONFIG = "be/brussels/pan/roster/bench/benchmarkConfig.xml";
    /** The solver benchmark whose budget of score calculations is set here, from the time limit. */
    static final String REPRODUCIBLE = "Default (reproducible budget)";
    static final long QUICK_SECONDS = 10;
    public static final long SEED = 42;

    /** One benchmarked problem; the Benchmarker names them Problem_0, Problem_1… in this order. */
    public record Instance(String label, Dimensions dimensions, boolean fullyAssignable) {
    }

    /**
     * S, M and L with a known full assignment (so "all assigned" is reachable), the 300-session size of the
     * acceptance criteria, and a default (over-constrained) M instance where some sessions cannot be placed.
     */
    public static final List<Instance> INSTANCES = List.of(
            new Instance("S feasible (40)", Size.S.dimensions, true),
            new Instance("M feasible (200)", Size.M.dimensions, true),
            new Instance("L feasible (1000)", Size.L.dimensions, true),
            new Instance("300 feasible", Dimensions.forSessions(300), true),
            new Instance("M default (200)", Size.M.dimensions, false));

    private RosterBenchmark() {
    }

    /** Returns the benchmark directory holding the HTML report and the CSV statistics. */
    public static File run(boolean quick, File outputDirectory) {
        return latestRun(build(quick, outputDirectory).benchmark());
    }

    /** The benchmark, configured and validated (solver names, phases), on the generated instances; not run. */
    static PlannerBenchmark build(boolean quick, File outputDirectory) {
        PlannerBenchmarkConfig config = config(quick);
        if (outputDirectory != null) {
            config.setBenchmarkDirectory(outputDirectory);
        }
        List<Roster> problems = new ArrayList<>();
        for (Instance instance : INSTANCES) {
            problems.add(ProblemMapper.toRoster(
                    ProblemGenerator.generate(instance.dimensions(), SEED, instance.fullyAssignable()).problem()));
        }
        return PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems);
    }

    /** benchmarkConfig.xml with quick mode's limits and the reproducible solver's budget applied. */
    static PlannerBenchmarkConfig config(boolean quick) {
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlResource(CONFIG);
        if (quick) {
            config.setWarmUpSecondsSpentLimit(5L);
            config.getInheritedSolverBenchmarkConfig().getSolverConfig()
                    .setTerminationConfig(new TerminationConfig().withSecondsSpentLimit(QUICK_SECONDS));
        }
        long seconds = config.getInheritedSolverBenchmarkConfig().getSolverConfig().getTerminationConfig()
                .getSecondsSpentLimit();
        // As RosterSolver does for a reproducible solve: the time limit at the nominal speed; the inherited time
        // limit is combined with it (whichever comes first), as the safety bound.
        config.getSolverBenchmarkConfigList().stream().filter(b -> REPRODUCIBLE.equals(b.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(CONFIG + " has no solver benchmark " + REPRODUCIBLE))
                .getSolverConfig().setTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(
                        seconds * RosterSolver.REPRODUCIBLE_CALCULATIONS_PER_SECOND));
        return config;
    }

    /** benchmark() returns the parent directory; each run writes a time-stamped subdirectory in it. */
    static File latestRun(File benchmarkDirectory) {
        File[] runs = benchmarkDirectory.listFiles(f -> new File(f, "index.html").isFile());
        if (runs == null || runs.length == 0) {
            return benchmarkDirectory;
        }
        return java.util.Arrays.stream(runs).max(java.util.Comparator.comparingLong(File::lastModified)
                .thenComparing(File::getName)).orElseThrow();
    }
}
