package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import java.util.Map;

import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
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
 * undo moves or the incremental constraint streams disagree. Step limits keep it short (Tabu Search evaluates 1,000
 * moves per step, each fully re-checked; Late Acceptance a few).
 */
class ScoreCorruptionTest {

    @Test
    void customMovesAndIncrementalScoreAgreeUnderFullAssert() {
        SolverConfig config = RosterSolver.config(java.time.Duration.ofSeconds(15))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        // A step count limit is a phase termination: put it on both local search phases.
        config.getPhaseConfigList().get(1).setTerminationConfig(new TerminationConfig().withStepCountLimit(20));
        // The second phase (Late Acceptance, one accepted move per step) with compound moves far more often than
        // configured, so that many swaps and ruins and their undo moves are checked (issue 17).
        LocalSearchPhaseConfig second = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(2);
        second.setTerminationConfig(new TerminationConfig().withStepCountLimit(300));
        ((MoveIteratorFactoryConfig) second.getMoveSelectorConfig()).setMoveIteratorFactoryCustomProperties(
                Map.of("swapPercent", "40", "ruinPercent", "40", "ruinSize", "4"));
        Roster problem = ProblemMapper.toRoster(ProblemGenerator.generate(Size.S, 11));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getSessions()).noneMatch(Session::isPartiallyAssigned);
    }
}
