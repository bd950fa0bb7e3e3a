package be.brussels.pan.roster.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A roster solution exactly as in roster-contract.md. Every session is in {@code assignments} or in
 * {@code unassigned} with its reasons, so the reader refuses those lists, their entries and a {@code reasons}
 * list missing or null, naming the field: no reader of a solution (the CLI's check and exports, the service's
 * stored rosters) has to walk a null.
 */
public record SolutionJson(String problemId, ScoreJson score,
                           @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<AssignmentJson> assignments,
                           @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<UnassignedJson> unassigned) {

    public record ScoreJson(long hard, long medium, long soft) {
    }

    public record UnassignedJson(String session, @JsonSetter(nulls = Nulls.FAIL) List<String> reasons) {
    }
}
