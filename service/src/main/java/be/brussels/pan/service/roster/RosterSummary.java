package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.SolutionJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A roster in the list of {@code GET /rosters}: what it plans, where it is and what it placed. */
@Schema(name = "RosterSummary", description = "A roster of the list: its week, state, origin and what it placed")
public record RosterSummary(
        @Schema(format = "uuid") UUID id,
        @Schema(nullable = true, description = "The ISO week planned; null if neither the request nor the problem id"
                + " named one (such a roster cannot be published)", example = "2026-W49") String week,
        RosterStatus status,
        OffsetDateTime createdAt,
        @Schema(description = "PROBLEM (uploaded), DEMAND (built from the stored demand) or REPLAN")
        String source,
        @Schema(nullable = true, format = "uuid", description = "The published roster it re-plans") UUID replanOf,
        @Schema(description = "Sessions placed (null until there is a solution) and in the problem")
        Sessions sessions,
        @Schema(nullable = true, description = "The score, null until there is a solution") SolutionJson.ScoreJson score,
        @Schema(description = "Whether it is its week's published roster now") boolean published,
        @Schema(nullable = true, description = "When it was published (also once a re-plan replaced it)")
        OffsetDateTime publishedAt,
        @Schema(description = "Planned on ILLUSTRATIVE (made-up) records of the registry: not a real week")
        boolean illustrative) {

    @Schema(name = "RosterSessions")
    public record Sessions(@Schema(nullable = true) Integer placed, @Schema(nullable = true) Integer total) {
    }
}
