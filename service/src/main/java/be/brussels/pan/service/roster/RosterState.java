package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.SolutionJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * {@code GET} and {@code DELETE /rosters/{id}}: a roster's state around the planner's solution, as it is answered
 * and as the OpenAPI description shows it.
 *
 * <p>The members are declared in the order the API has always written them ({@code failure} and {@code solveMillis}
 * before {@code status}), since clients may compare bodies as text. {@code failure} and {@code solveMillis} are
 * left out until they are stored, {@code restartOf} and {@code restartedAs} (issue 16) unless there is a restart;
 * every other member is written, null included.
 */
@Schema(name = "RosterState", description = "A roster's state; solution is the roster contract's solution,"
        + " the best so far while SOLVING (null until there is one).")
public record RosterState(
        @Schema(description = "The roster's id", format = "uuid") UUID id,
        @Schema(description = "Why the solve failed; present only when FAILED", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) String failure,
        @Schema(description = "Milliseconds the solve took; present once it is stored", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) Long solveMillis,
        RosterStatus status,
        @Schema(description = "The id of the problem solved", nullable = true) String problemId,
        @Schema(description = "The solution's score, null until there is a solution", nullable = true)
        SolutionJson.ScoreJson score,
        @Schema(nullable = true) SolutionJson solution,
        @Schema(description = "The FAILED roster this one solves again (POST /rosters/{id}/restart); present only"
                + " then. Since issue 16", format = "uuid", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID restartOf,
        @Schema(description = "The roster that solves this FAILED one again; present only once it was restarted."
                + " Since issue 16", format = "uuid", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID restartedAs) {

    /**
     * A roster as stored, from its columns and its stored solution (the best so far while SOLVING, written by the
     * solving instance, whichever it is): the problem is not read at all.
     */
    static RosterState stored(RosterStore.State stored) {
        return new RosterState(stored.id(), stored.failure(), stored.solveMillis(), stored.status(), stored.problemId(),
                stored.score(), stored.solution(), stored.restartOf(), stored.restartedAs());
    }
}
