package be.brussels.pan.service.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One change of the registry, as the audit keeps it: who, when, through what, which record, what it was and what
 * it became (without an animator's home commune and absences; {@code changed} names them when they changed).
 */
@Schema(description = "A change of the registry (ADMIN only)")
public record AuditEntry(
        @Schema(description = "Order of the changes, increasing") long seq,
        OffsetDateTime at,
        @Schema(description = "The user who made it (system for the illustrative registry)") String actor,
        @Schema(description = "API, IMPORT or STARTUP") String source,
        @Schema(description = "timeslot, venue, kit or animator") String entity,
        @Schema(description = "The record's id") String id,
        @Schema(description = "CREATE, UPDATE, RETIRE or REINSTATE") String action,
        @Schema(description = "The fields that changed") List<String> changed,
        @Schema(description = "The record before (null for CREATE)") Map<String, Object> before,
        @Schema(description = "The record after") Map<String, Object> after) {
}
