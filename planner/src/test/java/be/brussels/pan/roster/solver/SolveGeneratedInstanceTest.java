package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.check.CheckReport;
import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/** Integration: a generated M instance solved for ~10 s, then re-checked by the independent checker. */
class SolveGeneratedInstanceTest {

    @Test
    void mediumFullyAssignableInstanceIsSolvedFeasiblyWithEverySessionOnce() {
        ProblemJson problem = ProblemGenerator.generate(Size.M, 42, true).problem();

        SolutionJson solution = SolveToEnd.solve(problem, Duration.ofSeconds(10));

        CheckReport report = FeasibilityChecker.check(problem, solution);
        assertThat(report.violations()).isEmpty();
        assertThat(solution.score().hard()).isZero();
        Set<String> seen = new HashSet<>();
        Stream.concat(solution.assignments().stream().map(a -> a.session()),
                solution.unassigned().stream().map(u -> u.session())).forEach(id -> assertThat(seen.add(id)).isTrue());
        assertThat(seen).hasSize(problem.sessions().size());
        // A full assignment exists; after 10 s the solver should have placed nearly all of it.
        assertThat(solution.assignments().size()).isGreaterThanOrEqualTo((int) (0.95 * problem.sessions().size()));
        solution.unassigned().forEach(u -> assertThat(u.reasons()).isNotEmpty());
    }

    @Test
    void defaultInstanceExplainsEveryUnassignedSession() {
        ProblemJson problem = ProblemGenerator.generate(Size.S, 7);

        SolutionJson solution = SolveToEnd.solve(problem, Duration.ofSeconds(3));

        assertThat(FeasibilityChecker.check(problem, solution).violations()).isEmpty();
        assertThat(solution.problemId()).isEqualTo("illustrative-S-seed7");
        solution.unassigned().forEach(u -> assertThat(u.reasons()).allSatisfy(r -> assertThat(r).isNotBlank()));
    }
}
