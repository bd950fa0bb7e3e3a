package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.VenueKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A venue: an EPN or a partner site, with its address, seats, rooms and opening timeslots. */
@Schema(description = "A venue of the registry (roster contract: venues[], plus its postal address)")
public record VenueEntry(
        @Schema(description = "Unique among venues", example = "epn-13") String id,
        @Schema(description = "The venue's name") String name,
        @Schema(description = "EPN or PARTNER_SITE") VenueKind kind,
        @Schema(description = "Postal address (optional, at most 300 characters)", example = "Rue de la Colonne 56, 1080 Molenbeek-Saint-Jean") String address,
        @Schema(description = "NIS code of a Brussels commune", example = "21012") String commune,
        @Schema(description = "Computers on site, 0 or more") Integer seats,
        @Schema(description = "Sessions it hosts at once, 1 or more") Integer rooms,
        @Schema(description = "Accessible to people with reduced mobility") Boolean accessible,
        @Schema(description = "Hosts Start Digital sessions") Boolean startDigital,
        @Schema(description = "Ids of the active timeslots it is open") List<String> open,
        @Schema(nullable = true, description = "Optional (issue 14): the id of the catalogue structure this venue"
                + " belongs to, a structure of the catalogue in use; its sessions are then sessions of that structure's"
                + " offers and can be booked", example = "epn-13") String structureId,
        @Schema(description = "The version read; required to update (a stale one is a 409)") Long version,
        @Schema(description = "ILLUSTRATIVE or ENTERED (default)") Provenance provenance,
        @Schema(description = "True once retired (read only)", accessMode = Schema.AccessMode.READ_ONLY) Boolean retired)
        implements RegistryEntry {
}
