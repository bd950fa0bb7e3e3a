package be.brussels.pan.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.time.Duration;

import org.optaplanner.core.api.solver.SolverFactory;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolverStatus;

import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.solver.ProblemMapper;
import be.brussels.pan.roster.solver.RosterSolver;

/**
 * Exact reference for the roster benchmarks (issue 17): per seed, generates the problem, solves the CP-SAT model
 * ({@link ExactModel}), checks the roster with the project's independent checker and scores it with the planner's
 * constraint provider, and prints a Markdown table. A roster the checker refuses, or a planner score that differs
 * from the model's objective, stops the run: the model would be wrong.
 *
 * <p>{@code Exact --size S --from 1 --to 20 --seconds 60 --workers 2 [--log]}
 */
public final class Exact {

    private static final String USAGE =
            "Exact --size S --from 1 --to 20 --seconds 60 --workers 2 [--warm-start 10] [--log]";

    public static void main(String[] args) {
        Options o = new Options(args, 60);
        int workers = 2;
        double warmStart = 0;
        try {
            for (String option = o.nextOption(); option != null; option = o.nextOption()) {
                if (o.readShared(option)) {
                    continue;
                }
                switch (option) {
                    case "--workers" -> workers = o.positiveInt(option);
                    case "--warm-start" -> warmStart = o.positiveDouble(option);
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
        PlannerScore planner = new PlannerScore();
        List<String> failures = new ArrayList<>();
        System.out.printf(Locale.ROOT, "CP-SAT exact reference: size %s, seeds %d-%d, %.0f s per seed, %d workers%n%n",
                size, from, to, seconds, workers);
        System.out.println("| seed | sessions placed | medium | soft found | soft lower bound | gap | status "
                + "| S1 | S2 | S3 | S4 | S5 | S6 | time s |" + (warmStart > 0 ? " planner's soft (warm start) | model's soft of it |" : ""));
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|" + (warmStart > 0 ? "---|---|" : ""));
        for (long seed = from; seed <= to; seed++) {
            ProblemJson problem = ProblemGenerator.generate(size, seed);
            Roster roster = ProblemMapper.toRoster(problem);
            ExactModel model = new ExactModel(roster);
            if (log) {
                System.err.println("seed " + seed + ": " + model.size());
            }
            Map<Session, ExactModel.Placement> start = null;
            long plannerSoft = 0;
            if (warmStart > 0) {
                // The planner's own roster as CP-SAT's first solution (a hint): CP-SAT must still prove the medium
                // and bound the soft cost itself; the hint only spares its search the first minutes.
                Roster solved = SolverFactory.<Roster>create(RosterSolver.config(
                        Duration.ofMillis(Math.round(warmStart * 1000)))).buildSolver()
                        .solve(roster); // the same facts as the model's (PlannerScore sets the variables again)
                plannerSoft = -solved.getScore().softScore();
                start = new java.util.HashMap<>();
                Map<String, Session> byId = new java.util.HashMap<>();
                roster.getSessions().forEach(s -> byId.put(s.getId(), s));
                // The best solution is a planning clone: its sessions are copies, its facts are the model's.
                for (Session s : solved.getSessions()) {
                    if (s.isAssigned()) {
                        // The model gives a kit only where the venue needs one (a kit elsewhere can only cost, in H3
                        // or S3): drop the planner's unneeded kits so that the hint is a solution of the model.
                        Kit kit = Feasibility.needsKit(s, s.getVenue()) ? s.getKit() : null;
                        start.put(byId.get(s.getId()), new ExactModel.Placement(s.getTimeslot(), s.getVenue(),
                                s.getAnimator(), kit));
                    }
                }
            }
            ExactModel.Result r = model.solve(seconds, workers, log, start);

            Verdict verdict = Verdict.of(planner, problem, roster, r.placements());
            String status = (r.mediumStatus() == CpSolverStatus.OPTIMAL ? "" : "medium " + r.mediumStatus() + ", ")
                    + r.softStatus();
            if (!verdict.check().feasible()) {
                failures.add("seed " + seed + ": the checker refuses the roster: " + verdict.check().violations());
            }
            if (!verdict.scores(r.medium(), r.soft())) {
                failures.add("seed " + seed + ": planner score " + verdict.score() + " but model medium " + r.medium()
                        + " soft " + r.soft() + "; model terms " + r.softTerms() + ", planner's "
                        + verdict.softTerms());
            }
            Map<String, Long> t = r.softTerms();
            double gap = r.soft() == 0 ? 0 : 100.0 * (r.soft() - r.softBound()) / r.soft();
            System.out.printf(Locale.ROOT, "| %d | %d/%d | %d | %d | %d | %.1f %% | %s | %s | %s | %s | %s | %s | %s | %.1f |",
                    seed, r.placements().size(), roster.getSessions().size(), r.medium(), r.soft(), r.softBound(), gap,
                    status, t.values().toArray()[0], t.values().toArray()[1], t.values().toArray()[2],
                    t.values().toArray()[3], t.values().toArray()[4], t.values().toArray()[5], r.seconds());
            if (warmStart > 0) {
                System.out.printf(Locale.ROOT, " %d | %d |%n", plannerSoft, model.warmSoft());
            } else {
                System.out.println();
            }
        }
        System.out.println();
        if (failures.isEmpty()) {
            System.out.println("Every roster passed FeasibilityChecker, and the planner's score (0 hard) equals the "
                    + "model's medium and soft objective on every seed.");
        } else {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
    }
}
