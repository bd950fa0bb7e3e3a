package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an import did: every line was valid, and all of it was applied in one transaction. */
@Schema(description = "The result of a CSV import (all or nothing: a refused import stores nothing)")
public record ImportReport(@Schema(description = "timeslots, venues, kits or animators") String list,
                           @Schema(description = "Data lines read") int lines,
                           @Schema(description = "Records created") int created,
                           @Schema(description = "Records updated (a retired one is reinstated)") int updated,
                           @Schema(description = "Lines identical to the stored active record") int unchanged) {
}
