package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.solver.RosterSolution;
import be.brussels.pan.roster.solver.RosterSolver;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.web.LoggedErrors;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs roster solves, at most {@code pan.rosters.max-concurrent-solves} at once (default 2). A submission beyond
 * the bound is refused with {@link TooManySolvesException} (429) rather than queued: a queue would hide from the
 * planner how long the wait is, and a refused call can simply be retried. The problem is stored before the solve
 * starts and the final solution when it ends, so a finished roster survives a restart.
 *
 * <p>Solving itself is the planner's one way to solve, {@link RosterSolver} (OptaPlanner's SolverManager): this
 * class keeps only what is the service's own, the bound on concurrent solves and the storage. The planner's
 * solver runs as many solves in parallel as the bound allows, so a solve accepted here never waits in its queue;
 * the best solution so far is kept for GET, and DELETE calls {@link RosterSolver#terminateEarly}.
 *
 * <p>Every solve is reproducible ({@code withReproducibleSeed}, docs/roster.md "Reproducible solves"): it ends on a
 * budget of score calculations, {@code seconds × pan.rosters.reproducible.calculations-per-second}, rather than on
 * the clock, so that solving the same problem twice with the same time limit gives the same roster, which a
 * planner can then trust. The time limit stays as a safety bound; a solve it ends (a machine slower than that
 * speed) may differ from run to run.
 */
@Service
public class RosterSolves {

    private static final Logger LOG = LoggerFactory.getLogger(RosterSolves.class);

    private final RosterStore store;
    private final PanMetrics metrics;
    private final int maxConcurrent;
    private final Semaphore slots;
    private final RosterSolver<UUID> solver;
    /** Every solve is reproducible with this seed: the same problem and time limit give the same roster. */
    private final long seed;
    private final Map<UUID, Job> running = new ConcurrentHashMap<>();

    public RosterSolves(RosterStore store, PanMetrics metrics,
                        @Value("${pan.rosters.max-concurrent-solves:2}") int maxConcurrent,
                        @Value("${pan.rosters.reproducible.seed}") long seed,
                        @Value("${pan.rosters.reproducible.calculations-per-second}") long calculationsPerSecond) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("pan.rosters.max-concurrent-solves must be at least 1");
        }
        this.store = store;
        this.metrics = metrics;
        this.maxConcurrent = maxConcurrent;
        this.slots = new Semaphore(maxConcurrent);
        this.seed = seed;
        this.solver = new RosterSolver<>(maxConcurrent, Duration.ofSeconds(RosterController.MAX_SECONDS),
                calculationsPerSecond);
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** A fresh roster, its week read from its problem id (see {@link #submit(Submission)}). */
    public UUID submit(ProblemJson problem, int seconds, String user, String source) {
        return submit(new Submission(problem, seconds, user, source, null, null, RosterStore.Origin.PROBLEM));
    }

    /**
     * What a solve is asked to do and how it is kept: {@code week} the ISO week it plans (null: the one its problem
     * id names, if any), {@code replanOf} the published roster it re-plans (null for a fresh roster), {@code origin}
     * where its facts come from. Every solve, a re-plan too, is reproducible with the one seed
     * {@code pan.rosters.reproducible.seed}.
     */
    public record Submission(ProblemJson problem, int seconds, String user, String source, String week,
                             UUID replanOf, RosterStore.Origin origin) {
    }

    /**
     * Validates the problem (an {@link be.brussels.pan.roster.json.InvalidProblemException} stores nothing),
     * takes a solver slot or throws {@link TooManySolvesException}, stores the problem and starts the solve.
     */
    public UUID submit(Submission submission) {
        ProblemJson problem = submission.problem();
        int seconds = submission.seconds();
        RosterSolver<UUID>.SolveBuilder solve = solver.solveBuilder().withProblem(problem);
        String week = submission.week() != null ? submission.week()
                : be.brussels.pan.service.web.IsoWeeks.inProblemId(problem.id()).orElse(null);
        if (!slots.tryAcquire()) {
            throw new TooManySolvesException(maxConcurrent);
        }
        UUID id = UUID.randomUUID();
        Job job = new Job(problem);
        try {
            store.create(id, submission.user(), submission.source(), seconds, problem, week, submission.replanOf(),
                    submission.origin());
            running.put(id, job);
            long start = System.nanoTime();
            job.end = solve.withProblemId(id).withTimeLimit(Duration.ofSeconds(seconds))
                    .withReproducibleSeed(seed)
                    .withBestSolutionConsumer(best -> job.best = best)
                    .withFinalBestSolutionConsumer(last -> finish(id, RosterStatus.DONE, last.json(), start, null))
                    .withExceptionHandler((solved, e) -> {
                        LOG.error("roster {} failed: {}", id, e.getClass().getName(), LoggedErrors.withoutMessages(e));
                        finish(id, RosterStatus.FAILED, null, start, e.getClass().getSimpleName());
                    })
                    .run()
                    // The slot is given back once the end is stored, as a GET after the end must find it stored.
                    .whenComplete((solution, e) -> {
                        running.remove(id);
                        slots.release();
                    });
        } catch (RuntimeException e) {
            running.remove(id);
            slots.release();
            throw e;
        }
        return id;
    }

    /** Stores the end of a solve; never throws, as the planner would take a throwing consumer for a failed solve. */
    private void finish(UUID id, RosterStatus status, SolutionJson solution, long start, String failure) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try {
            if (status == RosterStatus.DONE) {
                metrics.solved(took);
            }
            store.finish(id, status, solution, took.toMillis(), failure);
        } catch (RuntimeException e) {
            LOG.error("roster {} could not be stored: {}", id, e.getClass().getName(), LoggedErrors.withoutMessages(e));
        }
    }

    /** The live state of a roster being solved, or empty if it is not solving in this instance. */
    public Optional<Live> live(UUID id) {
        Job job = running.get(id);
        if (job == null) {
            return Optional.empty();
        }
        RosterSolution best = job.best;
        return Optional.of(new Live(job.problem, best == null ? null : best.json()));
    }

    /**
     * Asks the solve to stop and waits (a few seconds at most) for it to end and be stored. Returns false if the
     * roster is not solving here.
     */
    public boolean stop(UUID id, Duration wait) {
        Job job = running.get(id);
        if (job == null) {
            return false;
        }
        solver.terminateEarly(id);
        CompletableFuture<RosterSolution> end = job.end;
        if (end != null) {
            try {
                end.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // A failed solve is stored as FAILED by its handler; a slow one is reported by its state.
            }
        }
        return true;
    }

    /** How many solves are running now. */
    public int running() {
        return maxConcurrent - slots.availablePermits();
    }

    /** Stops every solve; their final solutions are stored before the solver's threads are freed. */
    @PreDestroy
    void shutdown() {
        solver.close();
    }

    /** A solve in progress: the problem and the best solution so far (null before the first one). */
    public record Live(ProblemJson problem, SolutionJson best) {
    }

    /** A solve in progress: its problem, its best solution so far and the future of its end. */
    private static final class Job {
        final ProblemJson problem;
        volatile RosterSolution best;
        volatile CompletableFuture<RosterSolution> end;

        Job(ProblemJson problem) {
            this.problem = problem;
        }
    }
}
