package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.Day;
import io.swagger.v3.oas.annotations.media.Schema;

/** A weekly timeslot, as in the roster contract: a day and a start and end time. */
@Schema(description = "A weekly timeslot of the registry (roster contract: timeslots[])")
public record TimeslotEntry(
        @Schema(description = "Unique among timeslots: letters, digits, '.', '_' or '-', at most 64", example = "MON-1") String id,
        @Schema(description = "MONDAY … SATURDAY") Day day,
        @Schema(description = "HH:mm", example = "09:00") String start,
        @Schema(description = "HH:mm, after start", example = "10:30") String end,
        @Schema(description = "The version read; required to update (a stale one is a 409)") Long version,
        @Schema(description = "ILLUSTRATIVE or ENTERED (default)") Provenance provenance,
        @Schema(description = "True once retired (read only)", accessMode = Schema.AccessMode.READ_ONLY) Boolean retired)
        implements RegistryEntry {
}
