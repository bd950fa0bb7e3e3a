package be.brussels.pan.service.roster;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The 202 of a roster submission: {@code {id, status}}, the status always SOLVING. */
@Schema(name = "RosterAccepted", description = "A roster being solved in the background; follow its Location.")
public record RosterAccepted(
        @Schema(description = "The roster's id", format = "uuid") UUID id,
        @Schema(description = "Always SOLVING", allowableValues = "SOLVING") String status) {

    /** A roster whose solve has just started. */
    static RosterAccepted solving(UUID id) {
        return new RosterAccepted(id, RosterStatus.SOLVING.name());
    }
}
