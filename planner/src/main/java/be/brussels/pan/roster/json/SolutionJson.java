package be.brussels.pan.roster.json;

import java.util.List;

/** A roster solution exactly as in roster-contract.md. */
public record SolutionJson(String problemId, ScoreJson score, List<AssignmentJson> assignments,
                           List<UnassignedJson> unassigned) {

    public record ScoreJson(long hard, long medium, long soft) {
    }

    public record UnassignedJson(String session, List<String> reasons) {
    }
}
