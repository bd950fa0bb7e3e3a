package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.Skill;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * An animator: home commune, languages, skills, the most sessions a week, the weekly timeslots they are available
 * and their dated absences. {@code name} is shown to PLANNER and ADMIN only: for other roles it is absent.
 */
@Schema(description = "An animator of the registry (roster contract: animators[], plus dated absences)")
public record AnimatorEntry(
        @Schema(description = "Unique among animators", example = "anim-001") String id,
        @Schema(description = "The animator's name; only PLANNER and ADMIN see it (absent for other roles)")
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @Schema(description = "NIS code of the Brussels commune they start from", example = "21001") String homeCommune,
        @Schema(description = "ISO 639 codes, at least one", example = "[\"fr\", \"ar\"]") List<String> languages,
        @Schema(description = "Their skills (roster contract)") List<Skill> skills,
        @Schema(description = "Sessions a week at most, 0 or more") Integer maxSessions,
        @Schema(description = "Ids of the active timeslots they are available every week") List<String> available,
        @Schema(description = "Dated absences: their timeslots on those days are taken out of a week's availability")
        List<Absence> absences,
        @Schema(description = "The version read; required to update (a stale one is a 409)") Long version,
        @Schema(description = "ILLUSTRATIVE or ENTERED (default)") Provenance provenance,
        @Schema(description = "True once retired (read only)", accessMode = Schema.AccessMode.READ_ONLY) Boolean retired)
        implements RegistryEntry {

    /** An absence from its first to its last day, both included. */
    @Schema(description = "An absence, from its first to its last day (both included)")
    public record Absence(@Schema(example = "2026-12-01") LocalDate from, @Schema(example = "2026-12-03") LocalDate to) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** This animator as a caller without the right to see names reads it. */
    AnimatorEntry withoutName() {
        return new AnimatorEntry(id, null, homeCommune, languages, skills, maxSessions, available, absences, version,
                provenance, retired);
    }
}
