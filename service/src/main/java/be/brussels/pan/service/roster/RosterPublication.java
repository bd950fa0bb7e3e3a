package be.brussels.pan.service.roster;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to {@code POST /rosters/{id}/publish}: the week now planned by the roster, and what changed. */
@Schema(name = "RosterPublication", description = "A roster published as its week's plan; for a re-plan, what"
        + " happened to the sessions published before")
public record RosterPublication(
        @Schema(format = "uuid") UUID roster,
        @Schema(example = "2026-W49") String week,
        @Schema(nullable = true, format = "uuid", description = "The roster it replaced (a re-plan), or null")
        UUID replaced,
        OffsetDateTime publishedAt,
        @Schema(description = "Sessions published (placed by the roster)") int sessions,
        @Schema(description = "Re-plan: sessions kept where they were") int kept,
        @Schema(description = "Re-plan: sessions moved (same id, flagged)") int moved,
        @Schema(description = "Re-plan: sessions dropped (kept as DROPPED, with the reasons)") int dropped,
        @Schema(description = "Re-plan: sessions added") int added) {
}
