package be.brussels.pan.roster.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A roster solution exactly as in roster-contract.md. Every session is in {@code assignments} or in
 * {@code unassigned} with its reasons, so the reader refuses those lists, their entries and a {@code reasons}
 * list missing or null, naming the field: no reader of a solution (the CLI's check and exports, the service's
 * stored rosters) has to walk a null. {@code changes} is the re-planning report of contract version 1.1: absent
 * (and not written) for a solve without published sessions.
 */
public record SolutionJson(String problemId, ScoreJson score,
                           @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<AssignmentJson> assignments,
                           @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<UnassignedJson> unassigned,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSetter(contentNulls = Nulls.FAIL)
                           List<ChangeJson> changes) {

    /** A version 1 solution: no re-planning report. */
    public SolutionJson(String problemId, ScoreJson score, List<AssignmentJson> assignments,
                        List<UnassignedJson> unassigned) {
        this(problemId, score, assignments, unassigned, null);
    }

    public record ScoreJson(long hard, long medium, long soft) {
    }

    public record UnassignedJson(String session, @JsonSetter(nulls = Nulls.FAIL) List<String> reasons) {
    }

    /**
     * What a re-plan did to one session (contract version 1.1, present only when the problem had published
     * sessions): {@code from} is its published assignment, {@code to} its assignment now; {@code reasons} say why a
     * session could not stay (and, for a dropped one, why it could not be placed), empty for a kept or added one.
     */
    public record ChangeJson(String session, Change change, boolean locked, AssignmentJson from, AssignmentJson to,
                             @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<String> reasons) {
    }

    /** The four outcomes of a re-plan for a session. */
    public enum Change {
        /** Published, and still exactly there. */
        KEPT,
        /** Published, and now elsewhere (another timeslot, venue, animator or kit). */
        MOVED,
        /** Published, and now unassigned. */
        DROPPED,
        /** Not published, and now placed. */
        ADDED
    }
}
