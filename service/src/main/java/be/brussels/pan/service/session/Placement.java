package be.brussels.pan.service.session;

import be.brussels.pan.roster.domain.SessionKind;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Where and when a roster holds one session, with what a published session shows of it: the roster problem's
 * session ({@code sessionRef}, kind, language, target group, the commune its demand comes from), the commune it
 * is held in (the venue's), the venue with its name and address (null when the problem gives none), the start
 * and end in Brussels time, the animator, the kit (or null) and {@code seats}: what the venue and kit can hold,
 * capped by the session's participants.
 */
public record Placement(String sessionRef, SessionKind kind, String language, String targetGroup,
                        String demandCommune, String commune, String timeslotId, String venueId, String venueName,
                        String venueAddress, OffsetDateTime start, OffsetDateTime end, String animatorId,
                        String animatorName, String kitId, int seats) {

    /** Whether the two hold the session in the same timeslot, venue, animator and kit (the planner's KEPT). */
    public boolean sameAssignment(Placement other) {
        return timeslotId.equals(other.timeslotId) && venueId.equals(other.venueId)
                && animatorId.equals(other.animatorId) && Objects.equals(kitId, other.kitId);
    }
}
