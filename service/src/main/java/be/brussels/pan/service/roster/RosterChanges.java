package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.SolutionJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /rosters/{id}/changes}: what a re-plan changes in its week's published roster — the planner's report
 * ({@code changes} of the solution) without the sessions kept, each with its published session's id once there is
 * one (an added session gets its id when the re-plan is published).
 */
@Schema(name = "RosterChanges", description = "What a re-plan moves, drops and adds, with the reasons")
public record RosterChanges(
        @Schema(format = "uuid") UUID roster,
        @Schema(nullable = true) String week,
        @Schema(nullable = true, format = "uuid", description = "The published roster it re-plans") UUID replanOf,
        @Schema(description = "Whether the re-plan is its week's published roster now") boolean published,
        int kept, int moved, int dropped, int added,
        @Schema(description = "The sessions moved, dropped or added, in problem order") List<Entry> changes) {

    @Schema(name = "RosterChange")
    public record Entry(
            @Schema(description = "The session's id in the roster problem") String session,
            @Schema(nullable = true, format = "uuid", description = "Its published session, if it has one")
            UUID publishedSession,
            SolutionJson.Change change,
            @Schema(description = "Whether the session was locked") boolean locked,
            @Schema(nullable = true, description = "Where it was published") AssignmentJson from,
            @Schema(nullable = true, description = "Where the re-plan puts it") AssignmentJson to,
            @Schema(description = "Why it could not stay (empty for an added session)") List<String> reasons) {
    }
}
