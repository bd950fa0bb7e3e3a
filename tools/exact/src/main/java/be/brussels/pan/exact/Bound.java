package be.brussels.pan.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;

import be.brussels.pan.roster.bench.SearchTrace;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.solver.ProblemMapper;
import be.brussels.pan.roster.solver.RosterConstraintProvider;

/**
 * Lower bounds, and optima where they close, for generated rosters (issue 17): per seed, solves the placement MIP
 * ({@link PlacementBound}), completes its roster with kits, checks it with the project's independent checker and
 * scores it with the planner's constraint provider; optionally solves the same problem with the planner exactly as
 * {@code bench roster search} does (reproducible, seed 0, a budget of score calculations) and says how far above the
 * bound the planner's roster is.
 *
 * <p>{@code Bound --size S --from 1 --to 20 --seconds 120 [--solver SCIP|HIGHS|CBC]
 * [--planner-calculations 1000000,6000000] [--log]}
 */
public final class Bound {

    private static final String USAGE = "Bound --size S --from 1 --to 20 --seconds 120 [--solver SCIP|HIGHS|CBC|GLOP]"
            + " [--planner-calculations 1000000,6000000] [--linear] [--log]";

    public static void main(String[] args) {
        Options o = new Options(args, 120);
        String solverId = "SCIP";
        long[] budgets = new long[0];
        boolean linear = false;
        try {
            for (String option = o.nextOption(); option != null; option = o.nextOption()) {
                if (o.readShared(option)) {
                    continue;
                }
                switch (option) {
                    case "--solver" -> solverId = o.value(option);
                    case "--planner-calculations" -> budgets = o.positiveLongs(option);
                    case "--linear" -> linear = true;
                    default -> throw Options.unknown(option);
                }
            }
            o.done();
        } catch (Options.UsageException e) {
            Options.fail(e, USAGE);
        }
        Size size = o.size;
        long from = o.from;
        long to = o.to;
        double seconds = o.seconds;
        boolean log = o.log;
        Loader.loadNativeLibraries();
        if (MPSolver.createSolver(solverId) == null) {
            Options.fail(new Options.UsageException("--solver " + solverId + " is not in this OR-Tools build"), USAGE);
        }
        PlannerScore planner = new PlannerScore();
        List<String> failures = new ArrayList<>();
        System.out.printf(Locale.ROOT, "Placement %s bound: size %s, seeds %d-%d, %s, %.0f s per seed%n%n",
                linear ? "LP" : "MIP", size, from, to, solverId, seconds);
        StringBuilder head = new StringBuilder("| seed | placements | medium | soft bound | bound status | roster found"
                + " (planner's soft) | its S3 | gap | time s |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|---:|---|---:|---:|---:|---:|");
        for (long b : budgets) {
            head.append(" planner ").append(b / 1_000_000.0 == Math.rint(b / 1_000_000.0) ? (b / 1_000_000) + "M" : b)
                    .append(" (above bound) |");
            rule.append("---:|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (long seed = from; seed <= to; seed++) {
            ProblemJson problem = ProblemGenerator.generate(size, seed);
            Roster roster = ProblemMapper.toRoster(problem);
            PlacementBound bound = new PlacementBound(roster, solverId, linear);
            PlacementBound.Result r = bound.solve(seconds, log);
            String found = "none";
            String s3 = "";
            double gap = Double.NaN;
            if (!r.placements().isEmpty()) {
                Map<Session, ExactModel.Placement> complete = PlacementBound.completeKits(roster, r.placements(),
                        solverId, 60);
                if (complete == null) {
                    found = "no kits for it (H3)";
                } else {
                    Verdict verdict = Verdict.of(planner, problem, roster, complete);
                    long kitTravel = verdict.softTerms().getOrDefault(RosterConstraintProvider.S3, 0L);
                    if (!verdict.check().feasible()) {
                        failures.add("seed " + seed + ": the checker refuses the roster: " + verdict.check().violations());
                    }
                    // The relaxation has no S3: the planner's soft must be the MIP's objective plus S3.
                    if (!verdict.scores(r.medium(), r.soft() + kitTravel)) {
                        failures.add("seed " + seed + ": planner score " + verdict.score() + " but MIP medium "
                                + r.medium() + " soft " + r.soft() + " + S3 " + kitTravel + "; planner's terms "
                                + verdict.softTerms());
                    }
                    found = String.valueOf(verdict.soft());
                    s3 = String.valueOf(kitTravel);
                    gap = 100.0 * (verdict.soft() - r.softBound()) / verdict.soft();
                }
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %d%s | %d | %s | %s | %s | %s | %.1f |", seed,
                    bound.placements(), r.medium(), r.mediumOptimal() ? "" : " (not proven)", r.softBound(),
                    linear ? (r.softOptimal() ? "LP optimum" : "LP not solved") : r.softOptimal() ? "OPTIMAL" : "bound", found, s3,
                    Double.isNaN(gap) ? "–" : String.format(Locale.ROOT, "%.2f %%", gap), r.seconds());
            for (long budget : budgets) {
                HardMediumSoftLongScore score = SearchTrace.solve(size, seed, budget);
                // The soft bound holds for rosters of the bound's medium only; say so when the planner's differs.
                String medium = -score.mediumScore() == r.medium() ? ""
                        : ", medium " + -score.mediumScore();
                System.out.printf(Locale.ROOT, " %d (%+.2f %%%s) |", -score.softScore(),
                        100.0 * (-score.softScore() - r.softBound()) / r.softBound(), medium);
            }
            System.out.println();
        }
        System.out.println();
        if (linear) {
            System.out.println("The linear relaxation makes no roster. Its soft bound holds for rosters of its medium"
                    + " (its medium bound rounded up); a planner column without a medium of its own has that medium,"
                    + " which is then proven optimal.");
        } else if (failures.isEmpty()) {
            System.out.println("Every roster found passed FeasibilityChecker, and the planner's score (0 hard) equals "
                    + "the MIP's medium and its soft plus S3 on every seed.");
        } else {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
    }
}
