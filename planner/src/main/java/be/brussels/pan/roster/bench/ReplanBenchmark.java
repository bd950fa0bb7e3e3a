package be.brussels.pan.roster.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.check.Violation;
import be.brussels.pan.roster.generator.Absence;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.PublishedWeek;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.json.SolutionJson.Change;
import be.brussels.pan.roster.json.SolutionJson.ChangeJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.solver.RosterSolution;
import be.brussels.pan.roster.solver.RosterSolver;

/**
 * Issue 13's re-planning benchmark, run through {@link RosterSolver} as the service runs it. For each generator seed,
 * an M week (fully assignable) is solved and published with every second session locked; the animator and day
 * with the most locked sessions ({@link Absence#hardest}) becomes an absence; the changed week is re-planned
 * (reproducible, seed 0) and, for comparison, solved from scratch as if nothing had been published. It reports the
 * score, the time to the first solution with no hard violation and to the final medium score, and what moved.
 *
 * <p>"Locked sessions the change allows" are decided by the independent checker, not by the solver: the locked
 * sessions' published assignments, checked together against the changed problem; a session named in none of its
 * violations could stay. The benchmark counts how many of those the re-plan kept (all, or it is a failure).
 */
public final class ReplanBenchmark {

    /** One re-planned week. */
    public record Result(long seed, String absence, long hard, long medium, long soft, long firstFeasibleMillis,
                         long finalMediumMillis, long wallMillis, boolean reproducible, int sessions, int locked,
                         int lockedAllowed, int lockedAllowedKept, int lockedHit, int movedLocked, int movedUnlocked,
                         int dropped, int added, int checkerViolations, int scratchMoved) {
    }

    private ReplanBenchmark() {
    }

    /**
     * @param seeds        generator seeds 1..seeds
     * @param publishLimit time limit of the solve that makes the published roster (reproducible)
     * @param replanLimit  time limit of the re-plan (reproducible: it ends on its budget unless the clock is first)
     */
    public static List<Result> run(int seeds, Duration publishLimit, Duration replanLimit) {
        List<Result> results = new ArrayList<>();
        Duration max = publishLimit.compareTo(replanLimit) > 0 ? publishLimit : replanLimit;
        try (RosterSolver<String> solver = new RosterSolver<>(1, max)) {
            for (long seed = 1; seed <= seeds; seed++) {
                results.add(week(solver, seed, publishLimit, replanLimit));
            }
        }
        return results;
    }

    private static Result week(RosterSolver<String> solver, long seed, Duration publishLimit, Duration replanLimit) {
        ProblemJson problem = ProblemGenerator.generate(Size.M, seed, true).problem();
        SolutionJson first = solve(solver, "publish-" + seed, problem, publishLimit).solution.json();
        ProblemJson published = PublishedWeek.apply(problem, first, ReplanBenchmark::everySecond);
        Absence.Of absence = Absence.hardest(published);
        ProblemJson changed = Absence.apply(published, absence);

        Timed replan = solve(solver, "replan-" + seed, changed, replanLimit);
        SolutionJson solution = replan.solution.json();
        // The same changed week solved as if nothing had been published: how much would move without re-planning.
        ProblemJson fromScratch = Absence.apply(problem, absence);
        SolutionJson scratch = solve(solver, "scratch-" + seed, fromScratch, replanLimit).solution.json();

        Set<String> allowed = lockedAllowed(changed);
        Map<String, ChangeJson> changes = new HashMap<>();
        solution.changes().forEach(c -> changes.put(c.session(), c));
        int locked = 0;
        int allowedKept = 0;
        int hit = 0;
        int movedLocked = 0;
        int movedUnlocked = 0;
        int dropped = 0;
        int added = 0;
        for (SessionJson s : changed.sessions()) {
            ChangeJson c = changes.get(s.id());
            if (s.hasLock()) {
                locked++;
                allowedKept += allowed.contains(s.id()) && c.change() == Change.KEPT ? 1 : 0;
                hit += allowed.contains(s.id()) ? 0 : 1;
            }
            if (c == null) {
                continue;
            }
            switch (c.change()) {
                case MOVED -> {
                    if (c.locked()) {
                        movedLocked++;
                    } else {
                        movedUnlocked++;
                    }
                }
                case DROPPED -> dropped++;
                case ADDED -> added++;
                default -> { }
            }
        }
        return new Result(seed, absence.animator() + " " + absence.day(), solution.score().hard(),
                solution.score().medium(), solution.score().soft(), replan.firstFeasibleMillis,
                replan.finalMediumMillis, replan.wallMillis, replan.solution.reproducible(), changed.sessions().size(),
                locked, allowed.size(), allowedKept, hit, movedLocked, movedUnlocked, dropped, added,
                FeasibilityChecker.check(changed, solution).violations().size(), moved(first, scratch));
    }

    /** Every second session (by its number, s-0002, s-0004...) is locked: half the week stands for booked ones. */
    private static boolean everySecond(String sessionId) {
        return Integer.parseInt(sessionId.replaceAll("\\D", "")) % 2 == 0;
    }

    /**
     * The locked sessions whose published assignment the changed problem still allows, by the independent checker:
     * all locked sessions placed as published, the others unassigned; a locked session that no violation names
     * could stay.
     */
    static Set<String> lockedAllowed(ProblemJson changed) {
        List<AssignmentJson> assignments = new ArrayList<>();
        List<UnassignedJson> rest = new ArrayList<>();
        for (SessionJson s : changed.sessions()) {
            if (s.hasLock()) {
                AssignmentJson p = s.published();
                assignments.add(new AssignmentJson(s.id(), p.timeslot(), p.venue(), p.animator(), p.kit()));
            } else {
                rest.add(new UnassignedJson(s.id(), List.of("not locked")));
            }
        }
        Set<String> allowed = new HashSet<>();
        assignments.forEach(a -> allowed.add(a.session()));
        for (Violation v : FeasibilityChecker.check(changed, new SolutionJson(changed.id(), null, assignments, rest))
                .violations()) {
            allowed.remove(v.session());
        }
        return allowed;
    }

    /** Sessions assigned in {@code before} that are elsewhere or unassigned in {@code after}. */
    private static int moved(SolutionJson before, SolutionJson after) {
        Map<String, AssignmentJson> now = new HashMap<>();
        after.assignments().forEach(a -> now.put(a.session(), a));
        return (int) before.assignments().stream().filter(a -> !a.equals(now.get(a.session()))).count();
    }

    private record Timed(RosterSolution solution, long firstFeasibleMillis, long finalMediumMillis, long wallMillis) {
    }

    private static Timed solve(RosterSolver<String> solver, String id, ProblemJson problem, Duration limit) {
        long start = System.nanoTime();
        List<long[]> bests = java.util.Collections.synchronizedList(new ArrayList<>()); // {millis, hard, medium}
        RosterSolution end;
        try {
            end = solver.solveBuilder().withProblemId(id).withProblem(problem).withTimeLimit(limit)
                    .withReproducibleSeed(0)
                    .withBestSolutionConsumer(best -> {
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        SolutionJson.ScoreJson score = best.score(); // not json(): no reasons to write here
                        bests.add(new long[] {millis, score.hard(), score.medium()});
                    })
                    .run().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("solve " + id + " failed", e.getCause());
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long finalMedium = end.score().medium();
        long firstFeasible = -1;
        long mediumReached = wall;
        synchronized (bests) {
            for (long[] b : bests) {
                if (b[1] == 0 && firstFeasible < 0) {
                    firstFeasible = b[0];
                }
            }
            for (int i = bests.size() - 1; i >= 0 && bests.get(i)[2] == finalMedium; i--) {
                mediumReached = bests.get(i)[0];
            }
        }
        return new Timed(end, firstFeasible, mediumReached, wall);
    }

    public static String markdown(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| M seed | absence | score | 0 hard after (ms) | final medium after (ms) | re-plan wall (ms) "
                + "| reproducible | locked | locked hit by the absence | allowed locked kept | moved: locked / unlocked "
                + "| dropped | added | checker | moved by a from-scratch solve |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT,
                    "| %d | %s | %dhard/%dmedium/%dsoft | %d | %d | %d | %s | %d of %d | %d | %d of %d | %d / %d | %d | %d "
                            + "| %s | %d |%n",
                    r.seed(), r.absence(), r.hard(), r.medium(), r.soft(), r.firstFeasibleMillis(),
                    r.finalMediumMillis(), r.wallMillis(), r.reproducible() ? "yes" : "no (clock)", r.locked(),
                    r.sessions(), r.lockedHit(), r.lockedAllowedKept(), r.lockedAllowed(), r.movedLocked(),
                    r.movedUnlocked(), r.dropped(), r.added(),
                    r.checkerViolations() == 0 ? "feasible" : r.checkerViolations() + " violation(s)",
                    r.scratchMoved()));
        }
        return sb.toString();
    }
}
