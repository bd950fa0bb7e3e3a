package be.brussels.pan.service.referral;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.PlainText;
import be.brussels.pan.service.web.StrictBodies;
import be.brussels.pan.service.web.Uuids;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * The request bodies of {@code /api/v1/referrals}, read strictly ({@link StrictBodies}) and then checked:
 * required fields, ids, lengths and the status named.
 */
final class ReferralRequests {

    /** Longest note and reason, in characters (the columns are varchar(1000)). */
    static final int MAX_TEXT = 1000;
    /** Longest appointment place and contact, in characters (the columns are varchar(300), V13). */
    static final int MAX_APPOINTMENT_TEXT = 300;

    private ReferralRequests() {
    }

    /**
     * {@code POST /referrals}: diagnosisId and offerId are required, the note is optional; {@code sessionId}
     * (optional, issue 14): a published session of that offer to book a seat in.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Create(String diagnosisId, String offerId, String note,
                  @io.swagger.v3.oas.annotations.media.Schema(format = "uuid", nullable = true, description = "Issue 14:"
                          + " a published session of the offer to book a seat in (400 if it cannot be booked for this"
                          + " offer, 409 with nextSessions when full)") String sessionId,
                  @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Issue 14: why the"
                          + " referral is made although the diagnosis excluded the offer (422 without it)") String overrideReason) {
    }

    /** {@code POST /referrals/{id}/transitions}: {@code reason} is required for REFUSED, optional otherwise. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Transition(String to, String reason, AppointmentBody appointment) {
    }

    /** The appointment of a SCHEDULED transition: {@code at} an ISO date-time with its offset. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record AppointmentBody(String at, String place, String contact) {
    }

    /** A validated creation request. */
    record ValidCreate(UUID diagnosisId, String offerId, String note, UUID sessionId, String overrideReason) {
        ValidCreate(UUID diagnosisId, String offerId, String note) {
            this(diagnosisId, offerId, note, null, null);
        }

        @Override
        public String toString() {
            return "ValidCreate[" + diagnosisId + ", " + offerId + "]"; // never the note nor the reason
        }
    }

    /** A validated transition request; {@code appointment} only with SCHEDULED. */
    record ValidTransition(ReferralStatus to, String reason, Appointment appointment) {
        ValidTransition(ReferralStatus to, String reason) {
            this(to, reason, null);
        }

        @Override
        public String toString() {
            return "ValidTransition[" + to + "]"; // never the reason nor the appointment
        }
    }

    static ValidCreate create(byte[] body) {
        Create create = StrictBodies.read(body, Create.class);
        UUID diagnosisId = Uuids.require("diagnosisId", required("diagnosisId", create.diagnosisId()));
        String offerId = required("offerId", create.offerId());
        if (offerId.isBlank()) {
            throw new BadInputException("offerId", "must not be blank");
        }
        String note = create.note();
        if (note != null) {
            PlainText.require("note", note, MAX_TEXT);
        }
        UUID sessionId = create.sessionId() == null ? null : Uuids.require("sessionId", create.sessionId());
        String overrideReason = create.overrideReason();
        if (overrideReason != null) {
            PlainText.require("overrideReason", overrideReason, MAX_TEXT);
            if (overrideReason.isBlank()) {
                throw new BadInputException("overrideReason", "must not be blank: say why the exclusion is overridden");
            }
        }
        return new ValidCreate(diagnosisId, offerId, note, sessionId, overrideReason);
    }

    static ValidTransition transition(byte[] body) {
        Transition transition = StrictBodies.read(body, Transition.class);
        String to = required("to", transition.to());
        ReferralStatus status;
        try {
            status = ReferralStatus.valueOf(to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("to", Echo.of(to) + " is not one of " + Arrays.toString(ReferralStatus.values()));
        }
        String reason = transition.reason();
        if (reason != null) {
            PlainText.require("reason", reason, MAX_TEXT);
        }
        if (status == ReferralStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new BadInputException("reason", "a reason is required to refuse a referral");
        }
        Appointment appointment = null;
        if (transition.appointment() != null) {
            if (status != ReferralStatus.SCHEDULED) {
                throw new BadInputException("appointment", "only a SCHEDULED transition takes an appointment, not " + status);
            }
            appointment = appointment(transition.appointment());
        }
        return new ValidTransition(status, reason == null || reason.isBlank() ? null : reason, appointment);
    }

    /**
     * An appointment: {@code at} an ISO-8601 date-time with its offset (2026-12-08T09:00:00+01:00), a year from
     * 1970 to 9999 (what both databases store); place and contact optional plain text, blank taken as absent.
     */
    private static Appointment appointment(AppointmentBody body) {
        String at = required("appointment.at", body.at());
        OffsetDateTime when;
        try {
            when = OffsetDateTime.parse(at.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new BadInputException("appointment.at", Echo.of(at)
                    + " is not an ISO date-time with its offset like 2026-12-08T09:00:00+01:00");
        }
        if (when.getYear() < 1970 || when.getYear() > 9999) {
            throw new BadInputException("appointment.at", "the year must be from 1970 to 9999, not " + when.getYear());
        }
        return new Appointment(when, optionalText("appointment.place", body.place()),
                optionalText("appointment.contact", body.contact()));
    }

    private static String optionalText(String field, String value) {
        if (value == null) {
            return null;
        }
        PlainText.require(field, value, MAX_APPOINTMENT_TEXT);
        return value.isBlank() ? null : value.strip();
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new BadInputException(field, "is required");
        }
        return value;
    }
}
