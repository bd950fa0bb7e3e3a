package be.brussels.pan.roster.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.json.SolutionJson.ScoreJson;

/**
 * A roster the solver found: a best solution so far, or the final one. It is written as contract JSON only when
 * first asked, and once: explaining every unassigned session costs more than many solver steps, and most best
 * solutions of a solve are replaced before anybody reads them.
 */
public final class RosterSolution {

    /** A planning clone that the solver hands over and never changes again, so it can be read on any thread. */
    private final Roster roster;
    private final boolean reproducible;
    private SolutionJson json;

    RosterSolution(Roster roster, boolean reproducible) {
        this.roster = roster;
        this.reproducible = reproducible;
    }

    /** The contract solution, with the reasons of every unassigned session. */
    public synchronized SolutionJson json() {
        if (json == null) {
            json = SolutionMapper.toJson(roster);
        }
        return json;
    }

    /** The score alone, without writing the JSON (and explaining every unassigned session); null before scoring. */
    public ScoreJson score() {
        HardMediumSoftLongScore score = roster.getScore();
        return score == null ? null : new ScoreJson(score.hardScore(), score.mediumScore(), score.softScore());
    }

    /**
     * Whether another solve of the same problem with the same time limit and seed gives this same roster: true only
     * for the final solution of a reproducible solve ({@code withReproducibleSeed}) that ended on its budget of
     * score calculations, not stopped by the clock or by {@code terminateEarly}.
     */
    public boolean reproducible() {
        return reproducible;
    }

    Roster roster() {
        return roster;
    }

    /** The same roster as a solve's final solution; a JSON already written is kept. */
    synchronized RosterSolution asFinal(boolean reproducibleEnd) {
        if (reproducibleEnd == reproducible) {
            return this;
        }
        RosterSolution last = new RosterSolution(roster, reproducibleEnd);
        last.json = json;
        return last;
    }
}
