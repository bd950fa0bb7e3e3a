package be.brussels.pan.service.referral;

import be.brussels.pan.service.session.PublishedSession;
import be.brussels.pan.service.session.SessionChange;
import be.brussels.pan.service.session.SessionStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The published session a referral booked, as it is now (issue 14): where and when, and whether a re-plan changed
 * it after the booking ({@code changedSinceBooking}: its last change is later than the referral's creation), so
 * that the referrer's inbox shows what changed.
 */
@Schema(name = "BookedSession", description = "The published session a referral holds a seat in, as it is now")
public record BookedSession(
        @Schema(format = "uuid") UUID id,
        @Schema(description = "Start, Brussels time", example = "2026-12-08T09:00:00+01:00") OffsetDateTime start,
        @Schema(description = "End, Brussels time", example = "2026-12-08T10:30:00+01:00") OffsetDateTime end,
        Venue venue,
        @Schema(example = "fr") String language,
        @Schema(description = "PUBLISHED, or DROPPED by a re-plan") SessionStatus status,
        @Schema(nullable = true, description = "The last change a re-plan made to the session, null if none")
        SessionChange lastChange,
        @Schema(nullable = true, description = "When that change was published") OffsetDateTime changedAt,
        @Schema(description = "True when a re-plan moved or dropped the session after this referral booked it")
        boolean changedSinceBooking) {

    @Schema(name = "BookedSessionVenue")
    public record Venue(String id, @Schema(nullable = true) String name,
                        @Schema(nullable = true, description = "The postal address, when the registry has it") String address) {
    }

    /**
     * The appointment this session makes for the person who booked it: its start and its venue (name and address,
     * as the registry has them), as the session is now, so that a re-plan that moves it moves the appointment;
     * none once it is dropped. The contact is left to the slip, which knows the structure's phone or the referrer.
     */
    Appointment appointment() {
        if (status == SessionStatus.DROPPED) {
            return null;
        }
        String place = java.util.stream.Stream.of(venue.name(), venue.address())
                .filter(v -> v != null && !v.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        if (place.isEmpty()) {
            place = venue.id();
        }
        if (place.length() > ReferralRequests.MAX_APPOINTMENT_TEXT) {
            place = place.substring(0, ReferralRequests.MAX_APPOINTMENT_TEXT - 1) + "…";
        }
        return new Appointment(start, place, null);
    }

    static BookedSession of(PublishedSession s, Instant bookedAt) {
        var p = s.placement();
        boolean changed = s.lastChange() != null && s.changedAt() != null && s.changedAt().toInstant().isAfter(bookedAt);
        return new BookedSession(s.id(), p.start(), p.end(), new Venue(p.venueId(), p.venueName(), p.venueAddress()),
                p.language(), s.status(), s.lastChange(), s.changedAt(), changed);
    }
}
