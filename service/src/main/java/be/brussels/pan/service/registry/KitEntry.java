package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.media.Schema;

/** A mobile kit of devices, kept at a home venue. */
@Schema(description = "A mobile kit of the registry (roster contract: kits[])")
public record KitEntry(
        @Schema(description = "Unique among kits", example = "kit-epn13") String id,
        @Schema(description = "The kit's name") String name,
        @Schema(description = "Id of the active venue it is kept at") String homeVenue,
        @Schema(description = "Devices in the kit, 0 or more") Integer devices,
        @Schema(description = "Has a braille keyboard") Boolean braille,
        @Schema(description = "The version read; required to update (a stale one is a 409)") Long version,
        @Schema(description = "ILLUSTRATIVE or ENTERED (default)") Provenance provenance,
        @Schema(description = "True once retired (read only)", accessMode = Schema.AccessMode.READ_ONLY) Boolean retired)
        implements RegistryEntry {
}
