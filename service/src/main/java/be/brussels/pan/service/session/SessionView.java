package be.brussels.pan.service.session;

import be.brussels.pan.roster.domain.SessionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A published session as {@code GET /sessions} answers it. The animator and the planner's reasons for a change are
 * shown to planners and administrators only (they may name animators); others see that the session changed. So is
 * {@code session}, the roster problem's session it holds: only planners read roster problems, and the planner page
 * needs it to put a published session's lock on the roster grid's session.
 */
@Schema(name = "PublishedSession", description = "A published session of a week's roster, with its free seats")
public record SessionView(
        @Schema(format = "uuid", description = "The published session's id, kept through re-plans") UUID id,
        @Schema(example = "2026-W49") String week,
        SessionStatus status,
        SessionKind kind,
        @Schema(example = "fr") String language,
        @Schema(nullable = true, example = "JOB_SEEKERS") String targetGroup,
        @Schema(description = "The NIS code of the commune the session is held in (its venue's)", example = "21012")
        String commune,
        Venue venue,
        @Schema(description = "Start, Brussels time", example = "2026-12-01T09:00:00+01:00") OffsetDateTime start,
        @Schema(description = "End, Brussels time", example = "2026-12-01T10:30:00+01:00") OffsetDateTime end,
        @Schema(nullable = true, description = "The mobile kit's id, null without one") String kit,
        @Schema(description = "What the venue and kit can hold, capped by the session's participants") int seats,
        @Schema(description = "Seats no referral holds: seats − booked (issue 14)") int freeSeats,
        @Schema(description = "Locked by a planner: a re-plan keeps it where it is unless that is impossible")
        boolean locked,
        @Schema(nullable = true, description = "The last change a re-plan made, null if none") SessionChange lastChange,
        @Schema(nullable = true, description = "When that change was published") OffsetDateTime changedAt,
        @Schema(nullable = true, description = "PLANNER and ADMIN only: the animator")
        @JsonInclude(JsonInclude.Include.NON_NULL) Animator animator,
        @Schema(nullable = true, description = "PLANNER and ADMIN only: why the re-plan moved or dropped it")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> changeReasons,
        @Schema(nullable = true, example = "s-0016", description = "PLANNER and ADMIN only: the id of the session in the"
                + " roster problem that this published session holds (the roster's assignments name it)")
        @JsonInclude(JsonInclude.Include.NON_NULL) String session,
        @Schema(description = "ILLUSTRATIVE: planned on made-up records of the registry (the one loaded on a first"
                + " start), not a real session to book") boolean illustrative,
        @Schema(nullable = true, example = "epn-13-access", description = "Issue 14: the catalogue offer this is a"
                + " session of (its venue's structure's offer of the session's kind); null: it cannot be booked")
        String offerId) {

    @Schema(name = "SessionVenue")
    public record Venue(String id, @Schema(nullable = true) String name,
                        @Schema(nullable = true, description = "The postal address, when the registry has it") String address) {
    }

    @Schema(name = "SessionAnimator")
    public record Animator(String id, @Schema(nullable = true) String name) {
    }

    /** The session as a role sees it: {@code planner} true for PLANNER and ADMIN. */
    public static SessionView of(PublishedSession s, boolean planner) {
        Placement p = s.placement();
        return new SessionView(s.id(), s.week(), s.status(), p.kind(), p.language(), p.targetGroup(), p.commune(),
                new Venue(p.venueId(), p.venueName(), p.venueAddress()), p.start(), p.end(), p.kitId(), p.seats(),
                s.freeSeats(), s.locked(), s.lastChange(), s.changedAt(),
                planner ? new Animator(p.animatorId(), p.animatorName()) : null,
                planner ? s.changeReasons() : null, planner ? p.sessionRef() : null, s.illustrative(),
                s.offerId());
    }
}
