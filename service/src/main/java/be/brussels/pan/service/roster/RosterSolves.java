package be.brussels.pan.service.roster;

import be.brussels.pan.roster.check.ProblemValidator;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.solver.ProblemMapper;
import be.brussels.pan.roster.solver.RosterSolver;
import be.brussels.pan.roster.solver.SolutionMapper;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.web.LoggedErrors;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs roster solves in memory, at most {@code pan.rosters.max-concurrent-solves} at once (default 2). A
 * submission beyond the bound is refused with {@link TooManySolvesException} (429) rather than queued: a queue
 * would hide from the planner how long the wait is, and a refused call can simply be retried. The problem is
 * stored before the solve starts and the final solution when it ends, so a finished roster survives a restart.
 *
 * <p>Each solve builds its own OptaPlanner {@link Solver} from the planner's configuration with the requested
 * time limit ({@link RosterSolver#config(Duration)}); the best solution so far is kept for GET and DELETE calls
 * {@link Solver#terminateEarly()}.
 */
@Service
public class RosterSolves {

    private static final Logger LOG = LoggerFactory.getLogger(RosterSolves.class);

    private final RosterStore store;
    private final PanMetrics metrics;
    private final int maxConcurrent;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final Map<UUID, Job> running = new ConcurrentHashMap<>();

    public RosterSolves(RosterStore store, PanMetrics metrics,
                        @Value("${pan.rosters.max-concurrent-solves:2}") int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("pan.rosters.max-concurrent-solves must be at least 1");
        }
        this.store = store;
        this.metrics = metrics;
        this.maxConcurrent = maxConcurrent;
        this.slots = new Semaphore(maxConcurrent);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "roster-solver-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /**
     * Validates the problem (an {@link be.brussels.pan.roster.json.InvalidProblemException} stores nothing),
     * takes a solver slot or throws {@link TooManySolvesException}, stores the problem and starts the solve.
     */
    public UUID submit(ProblemJson problem, int seconds, String user, String source) {
        ProblemValidator.validate(problem);
        Roster roster = ProblemMapper.toRoster(problem);
        if (!slots.tryAcquire()) {
            throw new TooManySolvesException(maxConcurrent);
        }
        UUID id = UUID.randomUUID();
        try {
            Solver<Roster> solver = SolverFactory.<Roster>create(RosterSolver.config(Duration.ofSeconds(seconds)))
                    .buildSolver();
            Job job = new Job(id, problem, solver);
            solver.addEventListener(event -> {
                job.best = event.getNewBestSolution();
                if (job.stopRequested) {
                    solver.terminateEarly();
                }
            });
            store.create(id, user, source, seconds, problem);
            running.put(id, job);
            pool.execute(() -> run(job, roster));
        } catch (RuntimeException e) {
            running.remove(id);
            slots.release();
            throw e;
        }
        return id;
    }

    private void run(Job job, Roster roster) {
        long start = System.nanoTime();
        SolutionJson solution = null;
        RosterStatus status = RosterStatus.FAILED;
        String failure = null;
        try {
            Roster best = job.solver.solve(roster);
            solution = SolutionMapper.toJson(best);
            status = RosterStatus.DONE;
        } catch (RuntimeException | Error e) {
            LOG.error("roster {} failed: {}", job.id, e.getClass().getName(), LoggedErrors.withoutMessages(e));
            failure = e.getClass().getSimpleName();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            try {
                if (status == RosterStatus.DONE) {
                    metrics.solved(took);
                }
                store.finish(job.id, status, solution, took.toMillis(), failure);
            } catch (RuntimeException e) {
                LOG.error("roster {} could not be stored: {}", job.id, e.getClass().getName(), LoggedErrors.withoutMessages(e));
            } finally {
                running.remove(job.id);
                slots.release();
                job.ended.countDown();
            }
        }
    }

    /** The live state of a roster being solved, or empty if it is not solving in this instance. */
    public Optional<Live> live(UUID id) {
        Job job = running.get(id);
        if (job == null) {
            return Optional.empty();
        }
        return Optional.of(new Live(job.problem, job.bestJson()));
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
        job.stopRequested = true;
        job.solver.terminateEarly();
        try {
            job.ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** How many solves are running now. */
    public int running() {
        return maxConcurrent - slots.availablePermits();
    }

    @PreDestroy
    void shutdown() {
        running.values().forEach(job -> {
            job.stopRequested = true;
            job.solver.terminateEarly();
        });
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A solve in progress: the problem and the best solution so far (null before the first one). */
    public record Live(ProblemJson problem, SolutionJson best) {
    }

    private static final class Job {
        final UUID id;
        final ProblemJson problem;
        final Solver<Roster> solver;
        final CountDownLatch ended = new CountDownLatch(1);
        volatile boolean stopRequested;
        volatile Roster best;
        private Roster mapped;
        private SolutionJson bestJson;

        Job(UUID id, ProblemJson problem, Solver<Roster> solver) {
            this.id = id;
            this.problem = problem;
            this.solver = solver;
        }

        /** The best solution so far as contract JSON, mapped once per new best solution. */
        synchronized SolutionJson bestJson() {
            Roster current = best;
            if (current == null) {
                return null;
            }
            if (current != mapped) {
                bestJson = SolutionMapper.toJson(current);
                mapped = current;
            }
            return bestJson;
        }
    }
}
