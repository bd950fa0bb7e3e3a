package be.brussels.pan.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.time.Duration;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolverStatus;

import be.brussels.pan.roster.check.CheckReport;
import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;
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

    public static void main(String[] args) {
        Size size = Size.S;
        long from = 1;
        long to = 1;
        double seconds = 60;
        int workers = 2;
        boolean log = false;
        double warmStart = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Size.valueOf(args[++i]);
                case "--from" -> from = Long.parseLong(args[++i]);
                case "--to" -> to = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--log" -> log = true;
                case "--warm-start" -> warmStart = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: Exact --size S --from 1 --to 20 --seconds 60 --workers 2 [--warm-start 10] [--log]");
            }
        }
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

            CheckReport check = FeasibilityChecker.check(problem, toJson(problem, r.placements()));
            HardMediumSoftLongScore score = planner.score(roster, r.placements());
            String status = (r.mediumStatus() == CpSolverStatus.OPTIMAL ? "" : "medium " + r.mediumStatus() + ", ")
                    + r.softStatus();
            if (!check.feasible()) {
                failures.add("seed " + seed + ": the checker refuses the roster: " + check.violations());
            }
            if (score.hardScore() != 0 || -score.mediumScore() != r.medium() || -score.softScore() != r.soft()) {
                failures.add("seed " + seed + ": planner score " + score + " but model medium " + r.medium()
                        + " soft " + r.soft() + "; model terms " + r.softTerms() + ", planner's "
                        + planner.softByConstraint(roster));
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

    /** The model's roster as contract JSON, written here from its placements (not by the planner's mapper). */
    static SolutionJson toJson(ProblemJson problem, Map<Session, ExactModel.Placement> placements) {
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
}
