package be.brussels.pan.service.roster;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /rosters/{id}/outcome}: a roster in a planner's counts (the planner's {@code check.Outcome}), with the
 * week it plans and whether it was planned on ILLUSTRATIVE records. Kept apart from {@link RosterState}, whose
 * members clients may compare as text.
 */
@Schema(name = "RosterOutcome", description = "What a roster achieved, in counts instead of a score")
public record RosterOutcome(
        @Schema(nullable = true, description = "The ISO week planned, null if none was named", example = "2026-W49")
        String week,
        @Schema(description = "Planned on ILLUSTRATIVE (made-up) records of the registry: not a real week")
        boolean illustrative,
        @Schema(description = "Sessions placed") int placed,
        @Schema(description = "Sessions in the problem") int total,
        @Schema(description = "Hard rules the independent checker finds broken: 0 is every rule respected")
        int rulesBroken,
        @Schema(description = "Placed sessions outside their preferred period (S4)") int outsidePreferredPeriod,
        @Schema(description = "Communes with demand that host none of the placed sessions (S6)")
        int communesWithoutSession) {
}
