package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;

/** Issue 13: the same problem solved twice with the same settings gives the same roster. */
class ReproducibleSolveTest {

    /** A generous safety bound, so that the budget (not the clock) ends the solves even on a busy machine. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** 10,000 per second of a 60 s limit: a budget of 600,000 score calculations, a few seconds of search on M. */
    private static final long SLOW_NOMINAL_SPEED = 10_000;

    private final ProblemJson problem = ProblemGenerator.generate(Size.M, 42, true).problem();

    private CompletableFuture<RosterSolution> solve(RosterSolver<String> solver, String id, long seed) {
        return solver.solveBuilder().withProblemId(id).withProblem(problem).withTimeLimit(LIMIT)
                .withReproducibleSeed(seed).run();
    }

    @Test
    void twoSolvesOfAnMWeekWithTheSameSettingsGiveTheSameRosterByteForByte() throws Exception {
        try (RosterSolver<String> solver = new RosterSolver<>(RosterSolver.config(LIMIT), 2, LIMIT,
                SLOW_NOMINAL_SPEED)) {
            // At the same time, on the machine's two cores: each solve's end depends on its own work only.
            CompletableFuture<RosterSolution> first = solve(solver, "first", 7);
            CompletableFuture<RosterSolution> second = solve(solver, "second", 7);
            RosterSolution a = first.get(120, TimeUnit.SECONDS);
            RosterSolution b = second.get(120, TimeUnit.SECONDS);

            assertThat(a.reproducible()).as("ended on its budget").isTrue();
            assertThat(b.reproducible()).isTrue();
            byte[] bytesA = RosterJson.write(a.json()).getBytes(StandardCharsets.UTF_8);
            byte[] bytesB = RosterJson.write(b.json()).getBytes(StandardCharsets.UTF_8);
            assertThat(bytesB).isEqualTo(bytesA);
            assertThat(FeasibilityChecker.check(problem, a.json()).violations()).isEmpty();
            // The search did run: the local search improved on the greedy start (soft -36,974 on this instance).
            assertThat(a.json().score().soft()).isGreaterThan(-30_000);

            // A later solve on the same solver (a factory kept from the first two) still gives the same roster.
            RosterSolution c = solve(solver, "third", 7).get(120, TimeUnit.SECONDS);
            assertThat(RosterJson.write(c.json())).isEqualTo(RosterJson.write(a.json()));
        }
    }

    @Test
    void aReproducibleSolveThatTheClockEndsSaysItIsNotReproducible() throws Exception {
        // A nominal speed no machine reaches: the one-second limit comes long before the budget.
        try (RosterSolver<String> solver = new RosterSolver<>(RosterSolver.config(LIMIT), 1, LIMIT,
                1_000_000_000_000L)) {
            RosterSolution last = solver.solveBuilder().withProblemId("p").withProblem(problem)
                    .withTimeLimit(Duration.ofSeconds(1)).withReproducibleSeed(0).run().get(60, TimeUnit.SECONDS);
            assertThat(last.reproducible()).isFalse();
            assertThat(FeasibilityChecker.check(problem, last.json()).violations()).isEmpty();
        }
    }

    @Test
    void aSolveWithoutASeedRunsToItsTimeLimitAndIsNotReproducible() throws Exception {
        try (RosterSolver<String> solver = new RosterSolver<>(1, LIMIT)) {
            long start = System.nanoTime();
            RosterSolution last = solver.solveBuilder().withProblemId("p").withProblem(problem)
                    .withTimeLimit(Duration.ofSeconds(1)).run().get(60, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
            assertThat(last.reproducible()).isFalse();
        }
    }
}
