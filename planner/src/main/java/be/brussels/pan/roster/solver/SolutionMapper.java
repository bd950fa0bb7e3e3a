package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.json.SolutionJson.ScoreJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;

/**
 * Writes a solved roster as contract JSON, with the analysed reasons of every unassigned session and, for a
 * re-plan, the report of what changed against the published roster ({@link ChangeReport}).
 */
public final class SolutionMapper {

    private SolutionMapper() {
    }

    public static SolutionJson toJson(Roster roster) {
        UnassignedReasons reasons = new UnassignedReasons(roster);
        List<AssignmentJson> assignments = new ArrayList<>();
        List<UnassignedJson> unassigned = new ArrayList<>();
        for (Session s : roster.getSessions()) {
            if (s.isAssigned()) {
                assignments.add(new AssignmentJson(s.getId(), s.getTimeslot().getId(), s.getVenue().getId(),
                        s.getAnimator().getId(), s.getKit() == null ? null : s.getKit().getId()));
            } else {
                unassigned.add(new UnassignedJson(s.getId(), reasons.explain(s)));
            }
        }
        HardMediumSoftLongScore score = roster.getScore();
        ScoreJson scoreJson = score == null ? null : new ScoreJson(score.hardScore(), score.mediumScore(),
                score.softScore());
        return new SolutionJson(roster.getProblemId(), scoreJson, assignments, unassigned,
                ChangeReport.of(roster, reasons));
    }
}
