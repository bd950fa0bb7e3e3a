package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;

/** The facade over SolverManager: one solve to its end, a stop, the failures, and a bad problem refused first. */
class RosterSolverTest {

    /** Long enough that a test ending quickly proves the solve was stopped, not timed out. */
    private static final Duration LONG = Duration.ofSeconds(120);

    private final List<RosterSolution> bests = new CopyOnWriteArrayList<>();
    private final List<RosterSolution> finals = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBest = new CountDownLatch(1);
    private RosterSolver<String> solver = new RosterSolver<>(2, LONG);

    @AfterEach
    void close() {
        solver.close();
    }

    private CompletableFuture<RosterSolution> start(String id, ProblemJson problem, Duration limit) {
        return solver.solveBuilder()
                .withProblemId(id)
                .withProblem(problem)
                .withTimeLimit(limit)
                .withBestSolutionConsumer(best -> {
                    bests.add(best);
                    firstBest.countDown();
                })
                .withFinalBestSolutionConsumer(finals::add)
                .withExceptionHandler((problemId, e) -> failures.add(e))
                .run();
    }

    private static ProblemJson smallProblem() throws IOException {
        try (InputStream in = RosterSolverTest.class.getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            return RosterJson.readProblem(in);
        }
    }

    @Test
    void aSmallProblemIsSolvedToItsTimeLimitAndHandedOverOnce() throws Exception {
        ProblemJson problem = smallProblem();

        long start = System.nanoTime();
        RosterSolution solution = start("small", problem, Duration.ofSeconds(1)).get(30, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        SolutionJson json = solution.json();
        assertThat(FeasibilityChecker.check(problem, json).violations()).isEmpty();
        assertThat(json.problemId()).isEqualTo(problem.id());
        assertThat(json.assignments().size() + json.unassigned().size()).isEqualTo(problem.sessions().size());
        assertThat(tookMillis).as("the solve's own time limit ends it").isBetween(900L, 20_000L);
        assertThat(bests).isNotEmpty();
        assertThat(finals).containsExactly(solution);
        assertThat(failures).isEmpty();
        assertThat(solution.json()).isSameAs(json); // written once
        assertThat(solver.solverStatus("small")).isEqualTo(SolverStatus.NOT_SOLVING);
    }

    @Test
    void terminateEarlyStopsASolveAndItsFinalSolutionIsStillHandedOver() throws Exception {
        ProblemJson problem = ProblemGenerator.generate(Size.M, 42, true).problem();
        CompletableFuture<RosterSolution> end = start("m", problem, LONG);
        assertThat(firstBest.await(60, TimeUnit.SECONDS)).as("a first best solution").isTrue();
        assertThat(solver.solverStatus("m")).isEqualTo(SolverStatus.SOLVING_ACTIVE);

        assertThat(solver.terminateEarly("m")).isTrue();

        RosterSolution last = end.get(30, TimeUnit.SECONDS);
        assertThat(finals).containsExactly(last);
        assertThat(failures).isEmpty();
        assertThat(FeasibilityChecker.check(problem, last.json()).violations()).isEmpty();
        assertThat(last.json().score()).isNotNull();
        assertThat(solver.solverStatus("m")).isEqualTo(SolverStatus.NOT_SOLVING);
        assertThat(solver.terminateEarly("m")).as("nothing left to stop").isFalse();
    }

    /**
     * Issue 16: SolverManager's terminateEarly waited without a bound while its consumer machinery could deadlock.
     * Now a stop never waits, even while a consumer is busy, and a consumer may stop its own solve.
     */
    @Test
    void terminateEarlyReturnsAtOnceEvenWhileAConsumerIsBusyAndAConsumerMayStopItsOwnSolve() throws Exception {
        CountDownLatch inConsumer = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RosterSolution> busy = solver.solveBuilder().withProblemId("busy")
                .withProblem(ProblemGenerator.generate(Size.S, 7)).withTimeLimit(LONG)
                .withBestSolutionConsumer(best -> {
                    inConsumer.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .withFinalBestSolutionConsumer(finals::add).run();
        assertThat(inConsumer.await(60, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThat(solver.terminateEarly("busy")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(busy).isNotDone();
        release.countDown();
        assertThat(busy.get(30, TimeUnit.SECONDS)).isSameAs(finals.get(0));

        CompletableFuture<RosterSolution> selfStopped = solver.solveBuilder().withProblemId("self")
                .withProblem(ProblemGenerator.generate(Size.S, 7)).withTimeLimit(LONG)
                .withBestSolutionConsumer(best -> solver.terminateEarly("self"))
                .withExceptionHandler((id, e) -> failures.add(e)).run();
        assertThat(selfStopped.get(30, TimeUnit.SECONDS).reproducible()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void aSolveWaitingForAThreadEndsAtOnceWhenStoppedWithTheProblemAsGiven() throws Exception {
        solver.close();
        solver = new RosterSolver<>(1, LONG);
        ProblemJson problem = ProblemGenerator.generate(Size.S, 7);
        CompletableFuture<RosterSolution> running = start("first", problem, LONG);
        CompletableFuture<RosterSolution> waiting = start("second", problem, LONG);
        assertThat(solver.solverStatus("second")).isEqualTo(SolverStatus.SOLVING_SCHEDULED);

        assertThat(solver.terminateEarly("second")).isTrue();

        SolutionJson asGiven = waiting.get(5, TimeUnit.SECONDS).json();
        assertThat(asGiven.score()).isNull();
        assertThat(asGiven.assignments()).isEmpty();
        assertThat(asGiven.unassigned()).hasSize(problem.sessions().size())
                .allSatisfy(u -> assertThat(u.reasons()).isNotEmpty());
        assertThat(running).isNotDone();
        solver.terminateEarly("first");
        running.get(30, TimeUnit.SECONDS);
        assertThat(finals).hasSize(2);
        assertThat(failures).isEmpty();
    }

    @Test
    void anInvalidProblemIsRefusedBeforeAnySolveStarts() throws Exception {
        ProblemJson valid = smallProblem();
        List<SessionJson> sessions = new java.util.ArrayList<>(valid.sessions());
        SessionJson s = sessions.get(0);
        sessions.set(0, new SessionJson(s.id(), s.kind(), s.language(), s.targetGroup(), s.requiredSkills(),
                s.participants(), s.commune(), s.mobile(), s.accessibleRequired(), s.needsBraille(),
                s.preferredPeriod(), 7, s.pinned()));
        ProblemJson invalid = new ProblemJson(valid.id(), valid.communes(), valid.timeslots(), valid.venues(),
                valid.animators(), valid.kits(), sessions);

        assertThatThrownBy(() -> start("bad", invalid, Duration.ofSeconds(1)))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessage("session " + s.id() + " priority: must be 1, 2 or 3, was 7");
        // At once, when the problem is given: the service can refuse it before taking a slot or storing it.
        assertThatThrownBy(() -> solver.solveBuilder().withProblem(invalid))
                .isInstanceOf(InvalidProblemException.class);

        assertThat(solver.solverStatus("bad")).isEqualTo(SolverStatus.NOT_SOLVING);
        assertThat(bests).isEmpty();
        assertThat(finals).isEmpty();
        assertThat(failures).isEmpty();
        // Nothing was kept under the id: a valid problem can be solved with it.
        assertThat(start("bad", valid, Duration.ofSeconds(1)).get(30, TimeUnit.SECONDS).json().problemId())
                .isEqualTo(valid.id());
    }

    @Test
    void aTimeLimitOverTheMaximumOrAnIdInProgressIsRefused() throws Exception {
        ProblemJson problem = smallProblem();
        assertThatThrownBy(() -> start("long", problem, LONG.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over the maximum");
        assertThatThrownBy(() -> start("zero", problem, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);

        RosterSolver<String>.SolveBuilder builder = solver.solveBuilder().withProblemId("same").withProblem(problem)
                .withTimeLimit(LONG);
        CompletableFuture<RosterSolution> first = builder.run();
        assertThatThrownBy(builder::run)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("started already");
        assertThatThrownBy(() -> start("same", problem, LONG))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already being solved");
        solver.terminateEarly("same");
        first.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aSolverFailureGoesToTheExceptionHandlerAndNotToTheFinalConsumer() throws Exception {
        solver.close();
        SolverConfig failing = RosterSolver.config(LONG);
        failing.getPhaseConfigList().add(0, new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(FailingPhase.class)));
        solver = new RosterSolver<>(failing, 1, LONG);

        CompletableFuture<RosterSolution> end = start("fails", smallProblem(), LONG);

        assertThatThrownBy(() -> end.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage(FailingPhase.MESSAGE);
        assertThat(failures).singleElement().satisfies(e -> assertThat(rootOf(e)).hasMessage(FailingPhase.MESSAGE));
        assertThat(finals).isEmpty();
        assertThat(solver.solverStatus("fails")).isEqualTo(SolverStatus.NOT_SOLVING);
    }

    @Test
    void aFinalConsumerThatThrowsEndsTheSolveAsFailed() throws Exception {
        RuntimeException storeDown = new IllegalStateException("store down");
        CompletableFuture<RosterSolution> end = solver.solveBuilder()
                .withProblemId("store")
                .withProblem(smallProblem())
                .withTimeLimit(Duration.ofSeconds(1))
                .withFinalBestSolutionConsumer(last -> {
                    throw storeDown;
                })
                .withExceptionHandler((id, e) -> failures.add(e))
                .run();

        assertThatThrownBy(() -> end.get(30, TimeUnit.SECONDS)).hasCause(storeDown);
        assertThat(failures).containsExactly(storeDown);
        assertThat(solver.solverStatus("store")).isEqualTo(SolverStatus.NOT_SOLVING);
    }

    @Test
    void aBestSolutionConsumerThatThrowsStopsTheSolveAsFailed() throws Exception {
        RuntimeException broken = new IllegalStateException("cannot keep it");
        AtomicReference<Boolean> finalCalled = new AtomicReference<>(false);
        CompletableFuture<RosterSolution> end = solver.solveBuilder()
                .withProblemId("best")
                .withProblem(ProblemGenerator.generate(Size.M, 42, true).problem())
                .withTimeLimit(LONG)
                .withBestSolutionConsumer(best -> {
                    throw broken;
                })
                .withFinalBestSolutionConsumer(last -> finalCalled.set(true))
                .withExceptionHandler((id, e) -> failures.add(e))
                .run();

        assertThatThrownBy(() -> end.get(60, TimeUnit.SECONDS)).hasCause(broken);
        assertThat(failures).containsExactly(broken);
        assertThat(finalCalled.get()).isFalse();
    }

    @Test
    void closeStopsTheSolvesInProgressAndLetsTheirFinalConsumersRun() throws Exception {
        CompletableFuture<RosterSolution> end = start("closing", ProblemGenerator.generate(Size.M, 42, true).problem(),
                LONG);
        assertThat(firstBest.await(60, TimeUnit.SECONDS)).isTrue();

        solver.close();

        assertThat(end).isCompleted();
        assertThat(finals).containsExactly(end.get());
        assertThatThrownBy(() -> start("after", smallProblem(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static Throwable rootOf(Throwable e) {
        return e.getCause() == null ? e : rootOf(e.getCause());
    }

    /** A first phase that fails, as a bug in a move or a constraint would, once the solve has started. */
    public static final class FailingPhase implements CustomPhaseCommand<Roster> {
        static final String MESSAGE = "a phase failed on purpose";

        @Override
        public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
