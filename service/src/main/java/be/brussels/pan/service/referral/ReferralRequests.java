package be.brussels.pan.service.referral;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.PlainText;
import be.brussels.pan.service.web.StrictBodies;
import be.brussels.pan.service.web.Uuids;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Arrays;
import java.util.UUID;

/**
 * The request bodies of {@code /api/v1/referrals}, read strictly ({@link StrictBodies}) and then checked:
 * required fields, ids, lengths and the status named.
 */
final class ReferralRequests {

    /** Longest note and reason, in characters (the columns are varchar(1000)). */
    static final int MAX_TEXT = 1000;

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
                          + " offer, 409 with nextSessions when full)") String sessionId) {
    }

    /** {@code POST /referrals/{id}/transitions}: {@code reason} is required for REFUSED, optional otherwise. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Transition(String to, String reason) {
    }

    /** A validated creation request. */
    record ValidCreate(UUID diagnosisId, String offerId, String note, UUID sessionId) {
        @Override
        public String toString() {
            return "ValidCreate[" + diagnosisId + ", " + offerId + "]"; // never the note
        }
    }

    /** A validated transition request. */
    record ValidTransition(ReferralStatus to, String reason) {
        @Override
        public String toString() {
            return "ValidTransition[" + to + "]"; // never the reason
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
        return new ValidCreate(diagnosisId, offerId, note, sessionId);
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
        return new ValidTransition(status, reason == null || reason.isBlank() ? null : reason);
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new BadInputException(field, "is required");
        }
        return value;
    }
}
