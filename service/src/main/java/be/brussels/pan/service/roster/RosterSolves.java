package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.solver.RosterSolution;
import be.brussels.pan.roster.solver.RosterSolver;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.LoggedErrors;
import be.brussels.pan.service.web.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Runs roster solves, at most {@code pan.rosters.max-concurrent-solves} at once (default 2) in the whole cluster:
 * every instance on one database counts against the one bound. A submission beyond it is refused with
 * {@link TooManySolvesException} (429) rather than queued: a queue would hide from the planner how long the wait
 * is, and a refused call can simply be retried.
 *
 * <p><b>Several instances (issue 16).</b> A roster's state lives in its row, not in this instance's memory:
 * <ul>
 *   <li>admission is one transaction under the admission row's lock ({@link RosterStore#admit}): it counts the live
 *       SOLVING rows of every instance and inserts the new one, SOLVING on this instance;</li>
 *   <li>this instance writes each solve's best solution so far at most once per {@code pan.rosters.progress-interval}
 *       and the final one at the end, so {@code GET} on any instance reads it;</li>
 *   <li>it polls, every {@code pan.rosters.cancel-poll-interval}, the {@code cancel_requested} flag that a
 *       {@code DELETE} on any instance sets ({@link #stop}), and stops the solve (its best solution is stored as
 *       DONE, as a stop always did); it stops a solve whose row is no longer SOLVING here too (swept);</li>
 *   <li>it writes a heartbeat on its SOLVING rows every {@code pan.rosters.heartbeat-interval}, and every instance
 *       marks FAILED, every {@code pan.rosters.sweep-interval}, a SOLVING roster whose heartbeat is older than
 *       {@code pan.rosters.heartbeat-timeout}: its instance died. Such a roster can be restarted ({@link #restart}).</li>
 * </ul>
 * These run on one thread of this class's own (not Spring's scheduler, nor ShedLock: each instance must beat for
 * its own solves, and the sweep is an idempotent conditional update any instance may run at any time).
 *
 * <p>Solving itself is the planner's one way to solve, {@link RosterSolver}, which runs an OptaPlanner solver per
 * solve on its own threads and never waits without a bound (docs/roster.md, "Java API"). Every solve is
 * reproducible ({@code withReproducibleSeed}, docs/roster.md "Reproducible solves"): it ends on a budget of score
 * calculations, {@code seconds × pan.rosters.reproducible.calculations-per-second}, rather than on the clock, so that
 * solving the same problem twice with the same time limit gives the same roster. The time limit stays as a safety
 * bound; a solve it ends (a machine slower than that speed) may differ from run to run.
 */
@Service
public class RosterSolves {

    private static final Logger LOG = LoggerFactory.getLogger(RosterSolves.class);

    /**
     * How this instance takes part in the cluster: its id (unique among the running instances), how often it writes
     * a solve's best solution, polls cancel requests, beats and sweeps, after how long without a heartbeat a solve
     * is failed, and how long a DELETE waits for the solve to end.
     */
    public record Cluster(String instanceId, Duration progressInterval, Duration cancelPollInterval,
                          Duration heartbeatInterval, Duration heartbeatTimeout, Duration sweepInterval,
                          Duration stopWait, boolean instanceIdConfigured) {
        public Cluster {
            if (instanceId == null || instanceId.isBlank() || instanceId.length() > 100) {
                throw new IllegalArgumentException("pan.rosters.instance-id must be 1 to 100 characters");
            }
            for (Duration d : List.of(progressInterval, cancelPollInterval, heartbeatInterval, heartbeatTimeout,
                    sweepInterval, stopWait)) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("pan.rosters intervals and timeouts must be positive, not " + d);
                }
            }
            // A live instance must never look dead: at least two heartbeats fit in the timeout.
            if (heartbeatTimeout.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
                throw new IllegalArgumentException("pan.rosters.heartbeat-timeout (" + heartbeatTimeout
                        + ") must be at least twice pan.rosters.heartbeat-interval (" + heartbeatInterval + ")");
            }
        }
    }

    private final RosterStore store;
    private final PanMetrics metrics;
    private final int maxConcurrent;
    private final RosterSolver<UUID> solver;
    /** Every solve is reproducible with this seed: the same problem and time limit give the same roster. */
    private final long seed;
    private final Cluster cluster;
    private final String staleFailure;
    private final Map<UUID, Job> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;

    @Autowired
    public RosterSolves(RosterStore store, PanMetrics metrics,
                        @Value("${pan.rosters.max-concurrent-solves:2}") int maxConcurrent,
                        @Value("${pan.rosters.reproducible.seed}") long seed,
                        @Value("${pan.rosters.reproducible.calculations-per-second}") long calculationsPerSecond,
                        @Value("${pan.rosters.instance-id:}") String instanceId,
                        @Value("${pan.rosters.progress-interval}") Duration progressInterval,
                        @Value("${pan.rosters.cancel-poll-interval}") Duration cancelPollInterval,
                        @Value("${pan.rosters.heartbeat-interval}") Duration heartbeatInterval,
                        @Value("${pan.rosters.heartbeat-timeout}") Duration heartbeatTimeout,
                        @Value("${pan.rosters.sweep-interval}") Duration sweepInterval,
                        @Value("${pan.rosters.stop-wait}") Duration stopWait) {
        this(store, metrics, maxConcurrent, seed, calculationsPerSecond, new Cluster(
                instanceId.isBlank() ? generatedInstanceId() : instanceId.trim(), progressInterval,
                cancelPollInterval, heartbeatInterval, heartbeatTimeout, sweepInterval, stopWait,
                !instanceId.isBlank()));
    }

    /** An instance on its own terms (a test's second instance on the same database). */
    public RosterSolves(RosterStore store, PanMetrics metrics, int maxConcurrent, long seed, long calculationsPerSecond,
                        Cluster cluster) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("pan.rosters.max-concurrent-solves must be at least 1");
        }
        this.store = store;
        this.metrics = metrics;
        this.maxConcurrent = maxConcurrent;
        this.seed = seed;
        this.cluster = cluster;
        this.staleFailure = "its instance stopped: no heartbeat for over " + cluster.heartbeatTimeout().toSeconds()
                + " s (it stopped or lost the database); POST /api/v1/rosters/{id}/restart solves it again";
        // As many threads as the cluster-wide bound: every solve admitted here starts at once.
        this.solver = new RosterSolver<>(maxConcurrent, Duration.ofSeconds(RosterController.MAX_SECONDS),
                calculationsPerSecond);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roster-cluster");
            t.setDaemon(true);
            return t;
        });
        schedule(this::pollStops, Duration.ZERO, cluster.cancelPollInterval());
        schedule(this::writeProgress, cluster.progressInterval(), cluster.progressInterval());
        schedule(this::heartbeat, cluster.heartbeatInterval(), cluster.heartbeatInterval());
        schedule(this::sweep, Duration.ZERO, cluster.sweepInterval());
    }

    /** A host name and a random part: unique among the running instances, new at every start. */
    private static String generatedInstanceId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "pan";
        }
        String random = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + random;
    }

    private void schedule(Runnable task, Duration delay, Duration every) {
        ticker.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // The next run tries again (the database may be back): a thrown exception would end the schedule.
                LOG.warn("roster cluster task failed: {}", e.getClass().getName(), LoggedErrors.withoutMessages(e));
            }
        }, delay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** This instance's id, as its SOLVING rows name it. */
    public String instanceId() {
        return cluster.instanceId();
    }

    public Cluster cluster() {
        return cluster;
    }

    /** A fresh roster, its week read from its problem id (see {@link #submit(Submission)}). */
    public UUID submit(ProblemJson problem, int seconds, String user, String source) {
        return submit(new Submission(problem, seconds, user, source, null, null, RosterStore.Origin.PROBLEM));
    }

    /**
     * What a solve is asked to do and how it is kept: {@code week} the ISO week it plans (null: the one its problem
     * id names, if any), {@code replanOf} the published roster it re-plans (null for a fresh roster), {@code origin}
     * where its facts come from, {@code restartOf} the FAILED roster it solves again (null if none). Every solve, a
     * re-plan too, is reproducible with the one seed {@code pan.rosters.reproducible.seed}.
     */
    public record Submission(ProblemJson problem, int seconds, String user, String source, String week,
                             UUID replanOf, RosterStore.Origin origin, UUID restartOf) {
        public Submission(ProblemJson problem, int seconds, String user, String source, String week, UUID replanOf,
                          RosterStore.Origin origin) {
            this(problem, seconds, user, source, week, replanOf, origin, null);
        }
    }

    /**
     * Validates the problem (an {@link be.brussels.pan.roster.json.InvalidProblemException} stores nothing),
     * is admitted under the cluster-wide bound or throws {@link TooManySolvesException}, stores the problem and
     * starts the solve here.
     */
    public UUID submit(Submission submission) {
        ProblemJson problem = submission.problem();
        int seconds = submission.seconds();
        RosterSolver<UUID>.SolveBuilder solve = solver.solveBuilder().withProblem(problem);
        String week = submission.week() != null ? submission.week()
                : be.brussels.pan.service.web.IsoWeeks.inProblemId(problem.id()).orElse(null);
        UUID id = UUID.randomUUID();
        boolean admitted;
        try {
            admitted = store.admit(id, submission.user(), submission.source(), seconds, problem, week,
                    submission.replanOf(), submission.origin(), submission.restartOf(), cluster.instanceId(),
                    maxConcurrent, cluster.heartbeatTimeout());
        } catch (DuplicateKeyException e) {
            // Two restarts of one roster at once (one per instance, say): rosters_restart_of keeps one.
            throw new ConflictException("roster " + submission.restartOf() + " was restarted already");
        }
        if (!admitted) {
            throw new TooManySolvesException(maxConcurrent);
        }
        Job job = new Job();
        running.put(id, job);
        long start = System.nanoTime();
        try {
            job.end = solve.withProblemId(id).withTimeLimit(Duration.ofSeconds(seconds))
                    .withReproducibleSeed(seed)
                    .withBestSolutionConsumer(best -> job.best = best)
                    .withFinalBestSolutionConsumer(last -> finish(id, RosterStatus.DONE, last.json(), start, null))
                    .withExceptionHandler((solved, e) -> {
                        LOG.error("roster {} failed: {}", id, e.getClass().getName(), LoggedErrors.withoutMessages(e));
                        finish(id, RosterStatus.FAILED, null, start, e.getClass().getSimpleName());
                    })
                    .run()
                    // Forgotten once the end is stored, as a GET after the end must find it stored.
                    .whenComplete((solution, e) -> running.remove(id));
        } catch (RuntimeException e) {
            running.remove(id);
            // Admitted and stored, but not started (this instance is closing): not SOLVING for ever.
            finish(id, RosterStatus.FAILED, null, start, e.getClass().getSimpleName());
            throw e;
        }
        return id;
    }

    /**
     * Solves a FAILED roster again: a new roster with the same problem, time limit, source, week, re-planned roster
     * and origin, linked to it by {@code restartOf} (the FAILED one stays as it is, with its failure). One restart per
     * roster; a restart that fails can be restarted in turn.
     *
     * @throws NotFoundException if there is no such roster
     * @throws ConflictException if it is not FAILED, or was restarted already (the restart is named)
     */
    public UUID restart(UUID id, String user) {
        RosterStore.Restartable failed = store.restartable(id).orElseThrow(() -> new NotFoundException("roster", id));
        if (failed.status() != RosterStatus.FAILED) {
            throw new ConflictException("roster " + id + " is " + failed.status() + ": only a FAILED roster can be"
                    + " restarted");
        }
        if (failed.restartedAs() != null) {
            throw new ConflictException("roster " + id + " was restarted already as roster " + failed.restartedAs());
        }
        ProblemJson problem = RosterJson.readProblem(failed.problemJson());
        return submit(new Submission(problem, failed.seconds(), user, failed.source(), failed.week(),
                failed.replanOf(), failed.origin(), id));
    }

    /** Stores the end of a solve; never throws, as the planner would take a throwing consumer for a failed solve. */
    private void finish(UUID id, RosterStatus status, SolutionJson solution, long start, String failure) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try {
            if (status == RosterStatus.DONE) {
                metrics.solved(took);
            }
            if (!store.finish(id, cluster.instanceId(), status, solution, took.toMillis(), failure)) {
                LOG.warn("roster {} ended {} here but was no longer SOLVING on this instance (marked FAILED by the"
                        + " sweep): its end is not stored", id, status);
            }
        } catch (RuntimeException e) {
            LOG.error("roster {} could not be stored: {}", id, e.getClass().getName(), LoggedErrors.withoutMessages(e));
        }
    }

    /**
     * Stops a roster's solve wherever it runs: sets its cancel flag, stops it at once if it runs here, and waits
     * ({@code pan.rosters.stop-wait} at most) until it has left SOLVING, its best solution stored as DONE. Returns
     * false if there is no such roster; a roster not SOLVING is left as it is.
     */
    public boolean stop(UUID id) {
        Optional<RosterStatus> status = store.status(id);
        if (status.isEmpty()) {
            return false;
        }
        if (status.get() != RosterStatus.SOLVING) {
            return true;
        }
        store.requestCancel(id);
        long deadline = System.nanoTime() + cluster.stopWait().toNanos();
        Job job = running.get(id);
        if (job != null) {
            solver.terminateEarly(id);
            CompletableFuture<RosterSolution> end = job.end;
            if (end != null) {
                try {
                    end.get(cluster.stopWait().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // A failed solve is stored as FAILED by its handler; a slow one is reported by its state.
                }
            }
            return true;
        }
        // Solved by another instance: it sees the flag within its poll interval and stores its end.
        while (System.nanoTime() < deadline && store.status(id).orElse(RosterStatus.FAILED) == RosterStatus.SOLVING) {
            try {
                Thread.sleep(cluster.cancelPollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return true;
    }

    /** How many solves are running on this instance now. */
    public int running() {
        return running.size();
    }

    /** Stops the solves whose cancel was requested on any instance, or whose row is no longer SOLVING here. */
    void pollStops() {
        Set<UUID> ids = running.keySet();
        if (ids.isEmpty()) {
            return;
        }
        for (UUID id : store.toStop(List.copyOf(ids), cluster.instanceId())) {
            if (solver.terminateEarly(id)) {
                LOG.info("roster {} stopped: its cancel was requested or its row is no longer SOLVING here", id);
            }
        }
    }

    /** Writes each solve's best solution found since the last write (its JSON is written here, not on the solver). */
    void writeProgress() {
        running.forEach((id, job) -> {
            RosterSolution best = job.best;
            if (best != null && best != job.written) {
                store.progress(id, cluster.instanceId(), best.json());
                job.written = best;
            }
        });
    }

    void heartbeat() {
        store.heartbeat(List.copyOf(running.keySet()), cluster.instanceId());
    }

    /** Marks FAILED the SOLVING rosters of any instance whose heartbeat is older than the timeout. */
    void sweep() {
        OffsetDateTime cutoff = store.databaseNow().minus(cluster.heartbeatTimeout());
        int failed = store.failStale(cutoff, staleFailure);
        if (failed > 0) {
            LOG.warn("{} roster(s) marked FAILED: no heartbeat from their instance for over {} s", failed,
                    cluster.heartbeatTimeout().toSeconds());
        }
    }

    /**
     * At start-up: the rosters a previous run of this instance left SOLVING, when its id is set in the configuration
     * (a generated id is new at every start, and the sweep fails them within the heartbeat timeout).
     */
    int failLeftByPreviousRun() {
        return cluster.instanceIdConfigured()
                ? store.failLeftBy(cluster.instanceId(), "the service stopped before the solve ended") : 0;
    }

    /** Stops every solve here; their final solutions are stored (DONE) before the solver's threads are freed. */
    @PreDestroy
    void shutdown() {
        try {
            solver.close();
        } finally {
            ticker.shutdownNow();
        }
    }

    /** A solve in progress here: its best solution so far, the last one written, and the future of its end. */
    private static final class Job {
        volatile RosterSolution best;
        volatile RosterSolution written;
        volatile CompletableFuture<RosterSolution> end;
    }
}
