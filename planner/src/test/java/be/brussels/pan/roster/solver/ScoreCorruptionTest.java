package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.solver.ProblemMapper;

/**
 * FULL_ASSERT recomputes the score from scratch after every move and undo: it fails if the custom moves, their
 * undo moves or the incremental constraint streams disagree. A step limit keeps it short (Tabu Search evaluates 1,000 moves per step, each fully re-checked).
 */
class ScoreCorruptionTest {

    @Test
    void customMovesAndIncrementalScoreAgreeUnderFullAssert() {
        SolverConfig config = RosterSolver.config(java.time.Duration.ofSeconds(15))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        // A step count limit is a phase termination: put it on the local search phase.
        config.getPhaseConfigList().get(1).setTerminationConfig(new TerminationConfig().withStepCountLimit(20));
        Roster problem = ProblemMapper.toRoster(ProblemGenerator.generate(Size.S, 11));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getSessions()).noneMatch(Session::isPartiallyAssigned);
    }
}
