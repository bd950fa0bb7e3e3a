package be.brussels.pan.roster.solver;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

import org.optaplanner.core.config.solver.SolverConfig;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/** One problem solved to its time limit through the facade, as the CLI does it. */
final class SolveToEnd {

    private SolveToEnd() {
    }

    static SolutionJson solve(ProblemJson problem, Duration timeLimit) {
        return solve(RosterSolver.config(timeLimit), problem, timeLimit);
    }

    /** With a test's configuration (phase limits, say); its solver-level limit is the facade's. */
    static SolutionJson solve(SolverConfig config, ProblemJson problem, Duration timeLimit) {
        try (RosterSolver<String> solver = new RosterSolver<>(config, 1, timeLimit)) {
            return solver.solveBuilder()
                    .withProblemId(problem.id())
                    .withProblem(problem)
                    .withTimeLimit(timeLimit)
                    .run().get().json();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the solve failed", e.getCause());
        }
    }
}
