package be.brussels.pan.roster.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.solver.ProblemMapper;
import be.brussels.pan.roster.solver.RosterSolver;

/**
 * How the search progresses on generated instances, measured in score calculations rather than seconds, so that
 * the figures are the same on any machine and while other work runs: each instance is solved reproducibly (the
 * service's and the CLI's {@code --reproducible} mode, seed 0) once per budget, and the best score of each solve is
 * reported. One solve per budget, not one read at several budgets: the last phase, Simulated Annealing, cools over
 * the whole budget, so a 10 s solve is not the first tenth of a 60 s one. At the nominal {@value RosterSolver#REPRODUCIBLE_CALCULATIONS_PER_SECOND} calculations
 * per second of a reproducible solve, 1,000,000 is the budget of a 10 s solve and 6,000,000 that of 60 s.
 *
 * <p>Issue 17's question, "does the 60 s result keep improving after 10 s?", is then the count of instances whose
 * score at the 6M budget is strictly better than at 1M.
 */
public final class SearchTrace {

    /** The best score of one instance at each budget, in the order of the budgets. */
    public record Row(Size size, long seed, List<HardMediumSoftLongScore> scores) {
    }

    private SearchTrace() {
    }

    /** Solves {@code size} seeds {@code fromSeed..toSeed} once each and reads the best score at each budget. */
    public static List<Row> run(Size size, long fromSeed, long toSeed, long[] budgets,
                                java.util.function.Consumer<Row> progress) {
        List<Row> rows = new ArrayList<>();
        for (long seed = fromSeed; seed <= toSeed; seed++) {
            Row row = trace(size, seed, budgets);
            progress.accept(row);
            rows.add(row);
        }
        return rows;
    }

    static Row trace(Size size, long seed, long[] budgets) {
        List<HardMediumSoftLongScore> scores = new ArrayList<>();
        for (long budget : budgets) {
            scores.add(solve(size, seed, budget));
        }
        return new Row(size, seed, List.copyOf(scores));
    }

    /**
     * The best score of one reproducible solve of {@code budget} score calculations. Public for the exact reference
     * in {@code tools/exact}, which compares its optima with exactly these rosters.
     */
    public static HardMediumSoftLongScore solve(Size size, long seed, long budget) {
        SolverConfig config = RosterSolver.config(java.time.Duration.ofHours(1))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(0L)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(budget));
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        Roster problem = ProblemMapper.toRoster(ProblemGenerator.generate(size, seed));
        Roster best = solver.solve(problem);
        if (best.getScore() == null || !best.getScore().isSolutionInitialized()) {
            // The construction's best comes after a handful of calculations: a budget below that is a mistake.
            throw new IllegalArgumentException("budget " + budget + " ends before the first solution");
        }
        return best.getScore();
    }

    /** A Markdown table: one row per instance, one column per budget, and the count of improvements. */
    public static String markdown(List<Row> rows, long[] budgets) {
        StringBuilder b = new StringBuilder("| instance |");
        for (long budget : budgets) {
            b.append(' ').append(label(budget)).append(" |");
        }
        b.append("\n|---|");
        b.append("---:|".repeat(budgets.length)).append('\n');
        int improved = 0;
        long[] soft = new long[budgets.length];
        for (Row row : rows) {
            b.append("| ").append(row.size()).append(" seed ").append(row.seed()).append(" |");
            for (int i = 0; i < budgets.length; i++) {
                HardMediumSoftLongScore s = row.scores().get(i);
                soft[i] += s.softScore();
                b.append(' ').append(format(s)).append(" |");
            }
            b.append('\n');
            if (row.scores().get(budgets.length - 1).compareTo(row.scores().get(0)) > 0) {
                improved++;
            }
        }
        b.append("| mean soft |");
        for (long total : soft) {
            b.append(String.format(Locale.ROOT, " %,.1f |", -(double) total / rows.size()));
        }
        b.append('\n').append(String.format(Locale.ROOT,
                "\n%d of %d instances are strictly better at %s than at %s.%n", improved, rows.size(),
                label(budgets[budgets.length - 1]), label(budgets[0])));
        return b.toString();
    }

    /** Soft cost as the tables give it (positive, lower is better), with any hard or medium penalty. */
    static String format(HardMediumSoftLongScore s) {
        String soft = String.format(Locale.ROOT, "%,d", -s.softScore());
        if (s.hardScore() == 0 && s.mediumScore() == 0) {
            return soft;
        }
        return soft + " (" + s.hardScore() + "hard/" + s.mediumScore() + "medium)";
    }

    static String label(long budget) {
        return budget % 1_000_000 == 0 ? budget / 1_000_000 + "M" : budget % 1_000 == 0 ? budget / 1_000 + "k"
                : Long.toString(budget);
    }
}
