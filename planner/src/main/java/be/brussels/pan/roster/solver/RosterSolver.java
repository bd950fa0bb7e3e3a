package be.brussels.pan.roster.solver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.solver.AbstractSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.brussels.pan.roster.check.ProblemValidator;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.json.ProblemJson;

/**
 * The one way to solve a roster, for the CLI and the service: it validates the contract problem, maps it to the
 * planning model, solves it with an OptaPlanner {@link Solver} on a thread of its own pool with a time limit of its
 * own, and hands each best solution and the final one back as a {@link RosterSolution}.
 *
 * <pre>{@code
 * try (RosterSolver<UUID> solver = new RosterSolver<>(2, Duration.ofSeconds(600))) {
 *     CompletableFuture<RosterSolution> end = solver.solveBuilder()
 *             .withProblemId(id)
 *             .withProblem(problem)                         // validated: InvalidProblemException here
 *             .withTimeLimit(Duration.ofSeconds(30))
 *             .withBestSolutionConsumer(best -> latest = best)
 *             .withFinalBestSolutionConsumer(last -> store(last.json()))
 *             .withExceptionHandler((problemId, e) -> markFailed(problemId))
 *             .run();
 *     ...
 *     solver.terminateEarly(id);                            // ask it to stop; the final consumer still runs
 * }
 * }</pre>
 *
 * <p><b>Why not OptaPlanner's SolverManager.</b> Until issue 16 this class was a facade over {@code SolverManager}.
 * In OptaPlanner 10.1 its consumer support can deadlock: a solve's thread waits in
 * {@code ConsumerSupport.consumeFinalBestSolution} for a semaphore that an earlier best-solution consumption did not
 * give back, while {@code SolverManager.terminateEarly} waits, without a bound, on the job's latch (fixed later in
 * Timefold, PR #2167). The service's {@code DELETE} hung on it. So each solve now runs its own {@link Solver}
 * ({@code SolverFactory.buildSolver()}): the best solutions come from a {@code SolverEventListener} on the solve's
 * thread, {@link #terminateEarly} only raises the solver's flag and never waits, and every wait of this class
 * ({@link #close()}) is bounded. The configuration, the reproducible budget and the seed are unchanged, so the CLI,
 * the service and the benchmarks solve exactly as before.
 *
 * <p><b>Time limit.</b> A timed solve's solver is built from a configuration whose limit is the solve's own (one per
 * time limit in use): Simulated Annealing, the last phase, cools over that time, so it must be the solver's. A
 * reproducible solve's configuration (one per seed and budget) keeps this instance's ceiling, {@code maxTimeLimit},
 * beside its budget, and cools over the budget. Either way a {@code terminateEarly} scheduled when the solve starts
 * ends it at its own limit: time spent waiting for a solver thread does not count, as with the solver's own limit.
 *
 * <p><b>Reproducible solves.</b> A solve stopped by the clock ends after however many moves the machine managed in
 * that time, so two solves of one problem differ even in OptaPlanner's {@code REPRODUCIBLE} mode (the default,
 * with random seed 0). {@link SolveBuilder#withReproducibleSeed} makes the end deterministic instead: the solver
 * runs in {@code REPRODUCIBLE} mode with the given seed, on one thread (no move threads), and stops after a
 * budget of score calculations, {@link #REPRODUCIBLE_CALCULATIONS_PER_SECOND} per second of the time limit; the
 * time limit stays, as a safety bound only. The same problem, time limit and seed then give the same roster on
 * any machine that calculates at least that fast; a solve the clock ends first is not reproducible, and its
 * final {@link RosterSolution#reproducible()} says so.
 *
 * <p><b>One end per solve.</b> Exactly one of the final-solution consumer (which then returns normally) and the
 * exception handler is called, once. An exception thrown by the solver, by the best-solution consumer (the
 * solve is then stopped) or by the final-solution consumer ends the solve as failed. A solve is in progress,
 * for {@link #solverStatus} and for its problem id, until that end has been handed over; the future returned by
 * {@link SolveBuilder#run()} completes then, with the final solution or the exception.
 *
 * <p>Consumers run on the solve's own thread: the best-solution consumer is called for every new best solution
 * while the search waits, so it must be quick (keep a reference, as the service does; write elsewhere).
 *
 * @param <I> the type of problem id, unique among the solves in progress (the service uses UUIDs)
 */
public final class RosterSolver<I> implements AutoCloseable {

    public static final String SOLVER_CONFIG = "be/brussels/pan/roster/solver/solverConfig.xml";

    /**
     * The nominal speed that turns a reproducible solve's time limit into its budget of score calculations: the
     * floor issue 17 sets for an M week. On the project's 2-core machine an M week calculates 320,000–330,000 scores
     * per second when the machine is idle and 130,000–180,000 while other builds share it (docs/benchmarks.md), so a
     * reproducible solve usually ends on its budget after a third to two thirds of its time limit; a machine slower
     * than this (L weeks under load: 78,000) ends it by the clock, and the result is then not reproducible. Policy,
     * documented in docs/roster.md; a deployment may set its own (the constructor).
     */
    public static final long REPRODUCIBLE_CALCULATIONS_PER_SECOND = 100_000;

    /** How long {@link #close()} lets the final consumers of the stopped solves run (they may store a result). */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(RosterSolver.class);

    private final SolverFactories factories;
    private final Duration maxTimeLimit;
    private final long calculationsPerSecond;
    /** The solves' threads: as many as solves run in parallel; more wait in the queue. */
    private final ThreadPoolExecutor solveThreads;
    /** Ends each solve at its time limit; daemon threads that never wait on a solver. */
    private final ScheduledThreadPoolExecutor timeLimits;
    private final Map<I, Solve> solves = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param parallelSolves how many solves run at once; more wait in the queue (the service bounds its solves
     *                       itself and passes that bound, so none waits)
     * @param maxTimeLimit   the longest time limit a solve may ask for
     */
    public RosterSolver(int parallelSolves, Duration maxTimeLimit) {
        this(SolverConfig.createFromXmlResource(SOLVER_CONFIG), parallelSolves, maxTimeLimit);
    }

    /**
     * With another nominal speed for reproducible budgets than {@link #REPRODUCIBLE_CALCULATIONS_PER_SECOND}: a
     * deployment that knows its machine (measured with {@code bench roster}) may buy more search per second of a
     * reproducible solve's time limit, at the risk of more solves ended by the clock when the machine is busy.
     */
    public RosterSolver(int parallelSolves, Duration maxTimeLimit, long reproducibleCalculationsPerSecond) {
        this(SolverConfig.createFromXmlResource(SOLVER_CONFIG), parallelSolves, maxTimeLimit,
                reproducibleCalculationsPerSecond);
    }

    /** With another configuration (a test's phase limits, say); its solver-level termination is replaced. */
    RosterSolver(SolverConfig config, int parallelSolves, Duration maxTimeLimit) {
        this(config, parallelSolves, maxTimeLimit, REPRODUCIBLE_CALCULATIONS_PER_SECOND);
    }

    /** With another nominal speed for reproducible budgets: a test's small budget under a generous time limit. */
    RosterSolver(SolverConfig config, int parallelSolves, Duration maxTimeLimit, long calculationsPerSecond) {
        if (parallelSolves < 1) {
            throw new IllegalArgumentException("parallelSolves must be at least 1, not " + parallelSolves);
        }
        requirePositive(maxTimeLimit, "maxTimeLimit");
        if (calculationsPerSecond < 1) {
            throw new IllegalArgumentException("calculationsPerSecond must be at least 1, not " + calculationsPerSecond);
        }
        this.maxTimeLimit = maxTimeLimit;
        this.calculationsPerSecond = calculationsPerSecond;
        SolverConfig ceiling = new SolverConfig(config)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(maxTimeLimit));
        this.factories = new SolverFactories(ceiling);
        AtomicInteger solveThreadCount = new AtomicInteger();
        // Not daemon threads, as SolverManager's were: a program that returns from main with a solve running sees it
        // end; close() stops them.
        this.solveThreads = new ThreadPoolExecutor(parallelSolves, parallelSolves, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> new Thread(r, "roster-solve-" + solveThreadCount.incrementAndGet()));
        AtomicInteger threads = new AtomicInteger();
        this.timeLimits = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "roster-time-limit-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // A solve stopped early cancels its stop; without this the cancelled task would wait in the queue until
        // its time (up to maxTimeLimit).
        this.timeLimits.setRemoveOnCancelPolicy(true);
        // On close, the stops not due yet are dropped.
        this.timeLimits.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * The XML configuration with its time limit replaced (not combined) by the given one, for a test or a tool
     * that drives an OptaPlanner {@code Solver} itself; this class starts from the same XML.
     */
    public static SolverConfig config(Duration timeLimit) {
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
    }

    /** Describes one solve; {@link SolveBuilder#run()} starts it. */
    public SolveBuilder solveBuilder() {
        return new SolveBuilder();
    }

    /**
     * Asks the solve of this problem id to stop: the solver stops at the end of its current step and its final
     * consumer gets the best solution found. A solve still waiting for a thread ends at once, on this thread, with
     * the problem as given (every unpinned session unassigned, with its reasons). Returns at once, without waiting
     * for the solver (follow the future of {@link SolveBuilder#run()}); false when no solve with this id is in
     * progress. A consumer may call it, for its own solve too.
     */
    public boolean terminateEarly(I problemId) {
        Solve solve = solves.get(problemId);
        if (solve == null) {
            return false;
        }
        solve.stop();
        if (solve.started.compareAndSet(false, true)) {
            // Never started: it will not be (its queued task sees it started), so it ends here.
            solve.finish(solve.problem);
        }
        return true;
    }

    /**
     * {@code SOLVING_SCHEDULED} while a solve waits for a thread, {@code SOLVING_ACTIVE} while it solves or its
     * end is being handed over, {@code NOT_SOLVING} otherwise (never started, or over).
     */
    public SolverStatus solverStatus(I problemId) {
        Solve solve = solves.get(problemId);
        if (solve == null) {
            return SolverStatus.NOT_SOLVING;
        }
        return solve.started.get() ? SolverStatus.SOLVING_ACTIVE : SolverStatus.SOLVING_SCHEDULED;
    }

    /**
     * Stops every solve in progress, lets their final consumers run (for {@link #CLOSE_WAIT} at most), then
     * releases the threads. Later solves are refused.
     */
    @Override
    public void close() {
        closed = true;
        // The callers' copies too: a copy completes after its original (a dependent of it), and close() returning
        // before the future a caller holds is complete would break "close lets the final consumers finish".
        List<CompletableFuture<RosterSolution>> ends = solves.values().stream()
                .flatMap(s -> s.handedOut == null ? java.util.stream.Stream.of(s.end)
                        : java.util.stream.Stream.of(s.end, s.handedOut))
                .toList();
        solves.keySet().forEach(this::terminateEarly);
        try {
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new))
                    .get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // A failed solve was reported to its exception handler already.
        } catch (TimeoutException e) {
            LOG.warn("{} roster solve(s) still ending after {} s; closing anyway", solves.size(),
                    CLOSE_WAIT.toSeconds());
        } finally {
            timeLimits.shutdownNow();
            solveThreads.shutdownNow();
        }
    }

    /** The score calculations a reproducible solve may make: the time limit at the nominal speed. */
    private long budget(Duration timeLimit) {
        long millis = timeLimit.toMillis();
        return millis > Long.MAX_VALUE / calculationsPerSecond ? Long.MAX_VALUE
                : Math.max(1, millis * calculationsPerSecond / 1000);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
    /** One solve to start, in the manner of Timefold's {@code SolverManager.solveBuilder()}. */
    public final class SolveBuilder {
        private I problemId;
        private Roster problem;
        private Duration timeLimit;
        private Long seed;
        private Consumer<? super RosterSolution> bestSolutionConsumer = best -> { };
        private Consumer<? super RosterSolution> finalBestSolutionConsumer = last -> { };
        // The default names the id and the exception's class only: a message may quote the problem's data.
        private BiConsumer<? super I, ? super Throwable> exceptionHandler = (id, e) ->
                LOG.error("roster solve {} failed: {}", id, e.getClass().getName());
        private boolean ran;

        private SolveBuilder() {
        }

        /** Required: unique among the solves in progress; the id for {@link #terminateEarly} and the status. */
        public SolveBuilder withProblemId(I problemId) {
            this.problemId = problemId;
            return this;
        }

        /**
         * Required: the contract problem, validated and mapped to the planning model here, at once: an invalid
         * one throws {@link be.brussels.pan.roster.json.InvalidProblemException} before the caller takes a slot,
         * stores anything or starts a solve.
         */
        public SolveBuilder withProblem(ProblemJson problem) {
            ProblemValidator.validate(Objects.requireNonNull(problem, "problem"));
            this.problem = ProblemMapper.toRoster(problem);
            return this;
        }

        /** Required: how long the solver may search, at most this instance's {@code maxTimeLimit}. */
        public SolveBuilder withTimeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
            return this;
        }

        /**
         * Optional: makes the solve reproducible (see the class comment): {@code REPRODUCIBLE} mode with this random
         * seed, one thread, and an end after {@link #REPRODUCIBLE_CALCULATIONS_PER_SECOND} score calculations per
         * second of the time limit, which stays as a safety bound. Without it the solve searches until its time
         * limit, as many moves as the machine manages. Two seeds give two (equally good) rosters of one problem.
         */
        public SolveBuilder withReproducibleSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Each new best solution; a slow consumer is not queued up, it gets the latest best when it is free. */
        public SolveBuilder withBestSolutionConsumer(Consumer<? super RosterSolution> consumer) {
            this.bestSolutionConsumer = Objects.requireNonNull(consumer);
            return this;
        }

        /** The final best solution, when the solve ends at its time limit or is stopped. */
        public SolveBuilder withFinalBestSolutionConsumer(Consumer<? super RosterSolution> consumer) {
            this.finalBestSolutionConsumer = Objects.requireNonNull(consumer);
            return this;
        }

        /** Told when the solve fails instead (by default an error is logged). */
        public SolveBuilder withExceptionHandler(BiConsumer<? super I, ? super Throwable> handler) {
            this.exceptionHandler = Objects.requireNonNull(handler);
            return this;
        }

        /**
         * Hands the solve to a solver thread (or the queue), once per builder. Throws IllegalStateException when the id is already in
         * progress or this solver is closed, IllegalArgumentException for a time limit out of range.
         *
         * @return completes when the solve's end has been handed over: with the final solution, or exceptionally
         *         with what the exception handler was given
         */
        public CompletableFuture<RosterSolution> run() {
            if (ran) {
                throw new IllegalStateException("this solve was started already");
            }
            Objects.requireNonNull(problem, "problem (withProblem)");
            Objects.requireNonNull(problemId, "problemId");
            requirePositive(timeLimit, "timeLimit");
            if (timeLimit.compareTo(maxTimeLimit) > 0) {
                throw new IllegalArgumentException("timeLimit " + timeLimit + " is over the maximum " + maxTimeLimit);
            }
            if (closed) {
                throw new IllegalStateException("this roster solver is closed");
            }
            Budget budget = seed == null ? null : new Budget(seed, budget(timeLimit));
            Solve solve = new Solve(problemId, problem, timeLimit, budget, bestSolutionConsumer,
                    finalBestSolutionConsumer, exceptionHandler);
            if (solves.putIfAbsent(problemId, solve) != null) {
                throw new IllegalStateException("problem id " + problemId + " is already being solved");
            }
            try {
                solveThreads.execute(solve::run);
            } catch (RuntimeException e) {
                solves.remove(problemId, solve);
                throw e;
            }
            ran = true;
            // A copy: a caller completing it cannot end the solve in the eyes of the others.
            solve.handedOut = solve.end.copy();
            return solve.handedOut;
        }
    }


    /** One solve in progress: its solver once started, and how it ends. */
    private final class Solve {
        final I id;
        final Roster problem;
        final Duration timeLimit;
        final Budget budget;
        final Consumer<? super RosterSolution> bestSolutionConsumer;
        final Consumer<? super RosterSolution> finalBestSolutionConsumer;
        final BiConsumer<? super I, ? super Throwable> exceptionHandler;
        /** Set by the solve's thread as it starts, or by a stop that came first: whichever wins decides. */
        final AtomicBoolean started = new AtomicBoolean();
        final AtomicBoolean ended = new AtomicBoolean();
        final CompletableFuture<RosterSolution> end = new CompletableFuture<>();
        /** The copy of {@link #end} that {@code run()} returned. */
        volatile CompletableFuture<RosterSolution> handedOut;
        volatile Solver<Roster> solver;
        volatile RosterSolution latest;
        volatile Throwable bestConsumerFailure;
        volatile ScheduledFuture<?> timeout;
        /**
         * Set when the clock or a caller stopped the solve: its end then depends on when. Set a little too often when
         * a stop crosses the budget's own end, which only makes a reproducible result look unreproducible.
         */
        volatile boolean stopped;

        Solve(I id, Roster problem, Duration timeLimit, Budget budget,
              Consumer<? super RosterSolution> bestSolutionConsumer,
              Consumer<? super RosterSolution> finalBestSolutionConsumer,
              BiConsumer<? super I, ? super Throwable> exceptionHandler) {
            this.id = id;
            this.problem = problem;
            this.timeLimit = timeLimit;
            this.budget = budget;
            this.bestSolutionConsumer = bestSolutionConsumer;
            this.finalBestSolutionConsumer = finalBestSolutionConsumer;
            this.exceptionHandler = exceptionHandler;
        }

        /** On a solve thread: builds the solver, starts the clock and solves, unless a stop came first. */
        void run() {
            if (!started.compareAndSet(false, true)) {
                return; // stopped while it waited: terminateEarly ended it
            }
            Roster last;
            try {
                Solver<Roster> built = factories.buildSolver(budget, timeLimit);
                built.addEventListener(event -> onBestSolution(event.getNewBestSolution()));
                // OptaPlanner clears a terminateEarly made before solve() has started (outerSolvingStarted resets
                // the flag): a stop that came between this solver's building and that reset is made again here.
                ((AbstractSolver<Roster>) built).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                    @Override
                    public void solvingStarted(SolverScope<Roster> solverScope) {
                        if (stopped) {
                            built.terminateEarly();
                        }
                    }
                });
                solver = built;
                timeout = timeLimits.schedule(this::stop, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
                last = built.solve(problem);
            } catch (Throwable e) { // an Error too: the solve must end as failed, not go on unheard
                fail(e);
                return;
            }
            finish(last);
        }

        /** Asks the solver to stop at the end of its step; never waits. */
        void stop() {
            stopped = true;
            Solver<Roster> running = solver;
            if (running != null) {
                running.terminateEarly();
            }
        }

        /** The solver's listener, on the solve's thread: a new best solution. */
        void onBestSolution(Roster best) {
            if (bestConsumerFailure != null) {
                return;
            }
            RosterSolution solution = new RosterSolution(best, false);
            latest = solution;
            try {
                bestSolutionConsumer.accept(solution);
            } catch (Throwable e) { // an Error too: the solve must end as failed, not go on unheard
                bestConsumerFailure = e;
                stop();
            }
        }

        /** The solver's result (on the solve's thread), or a stop before the start (on the caller's). */
        void finish(Roster last) {
            if (bestConsumerFailure != null) {
                fail(bestConsumerFailure);
                return;
            }
            RosterSolution latestBest = latest;
            boolean reproduced = budget != null && !stopped;
            // Usually the last best solution itself: its JSON, if a reader asked for it, is not written again.
            RosterSolution solution = latestBest != null && latestBest.roster() == last
                    ? latestBest.asFinal(reproduced) : new RosterSolution(last, reproduced);
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            try {
                finalBestSolutionConsumer.accept(solution);
            } catch (Throwable e) {
                report(e);
                return;
            }
            over();
            end.complete(solution);
        }

        /** The solver failed (or a consumer did). */
        void fail(Throwable e) {
            if (ended.compareAndSet(false, true)) {
                report(e);
            }
        }

        private void report(Throwable e) {
            try {
                exceptionHandler.accept(id, e);
            } finally {
                over();
                end.completeExceptionally(e);
            }
        }

        private void over() {
            ScheduledFuture<?> scheduled = timeout;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            solves.remove(id, this);
        }
    }

    /** A reproducible solve's seed and its budget of score calculations. */
    private record Budget(long seed, long scoreCalculations) {
    }

    /**
     * The solver factories, kept (a few: one per time limit, seed and budget in use) as building one prepares the
     * constraint streams. A timed solve's configuration ends at the solve's own time limit rather than at the
     * ceiling: the second local-search phase, Simulated Annealing, cools as the solver's time gradient runs from 0
     * to 1, so the solver must know when the solve ends (the scheduled stop stays, for a stop before the start).
     */
    private static final class SolverFactories {
        private static final int KEPT_FACTORIES = 16;

        private final SolverConfig ceiling;
        private final Map<Duration, SolverFactory<Roster>> timed = lru();
        private final Map<Budget, SolverFactory<Roster>> reproducible = lru();

        SolverFactories(SolverConfig ceiling) {
            this.ceiling = ceiling;
        }

        private static <K> Map<K, SolverFactory<Roster>> lru() {
            return new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, SolverFactory<Roster>> eldest) {
                    return size() > KEPT_FACTORIES;
                }
            };
        }

        Solver<Roster> buildSolver(Budget budget, Duration timeLimit) {
            return budget == null ? timedFactory(timeLimit).buildSolver() : reproducibleFactory(budget).buildSolver();
        }

        private synchronized SolverFactory<Roster> timedFactory(Duration timeLimit) {
            return timed.computeIfAbsent(timeLimit, limit -> SolverFactory.create(new SolverConfig(ceiling)
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(limit))));
        }

        private synchronized SolverFactory<Roster> reproducibleFactory(Budget budget) {
            return reproducible.computeIfAbsent(budget, b -> {
                EnvironmentMode mode = ceiling.getEnvironmentMode();
                SolverConfig config = new SolverConfig(ceiling)
                        // An asserting mode (a test's FULL_ASSERT) is reproducible too: keep it.
                        .withEnvironmentMode(mode != null && mode.isReproducible() ? mode : EnvironmentMode.REPRODUCIBLE)
                        .withRandomSeed(b.seed())
                        // Move threads would make the moves' order depend on the threads' timing.
                        .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                        // At the solver level, limits end the solve at whichever comes first.
                        .withTerminationConfig(new TerminationConfig()
                                .withSpentLimit(ceiling.getTerminationConfig().getSpentLimit())
                                .withScoreCalculationCountLimit(b.scoreCalculations()));
                return SolverFactory.create(config);
            });
        }
    }
}
