package be.brussels.pan.roster.solver;

import java.time.Duration;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import be.brussels.pan.roster.check.ProblemValidator;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/** Facade: validate, map, solve for a time limit, write the contract solution. */
public final class RosterSolver {

    public static final String SOLVER_CONFIG = "be/brussels/pan/roster/solver/solverConfig.xml";

    private final SolverFactory<Roster> factory;

    public RosterSolver(Duration timeLimit) {
        this(config(timeLimit));
    }

    /** The XML configuration with its time limit replaced (not combined) by the given one. */
    public static SolverConfig config(Duration timeLimit) {
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
    }

    public RosterSolver(SolverConfig config) {
        this.factory = SolverFactory.create(config);
    }

    /** Throws {@link be.brussels.pan.roster.json.InvalidProblemException} before solving a bad problem. */
    public SolutionJson solve(ProblemJson problem) {
        ProblemValidator.validate(problem);
        return SolutionMapper.toJson(solve(ProblemMapper.toRoster(problem)));
    }

    public Roster solve(Roster roster) {
        Solver<Roster> solver = factory.buildSolver();
        return solver.solve(roster);
    }
}
