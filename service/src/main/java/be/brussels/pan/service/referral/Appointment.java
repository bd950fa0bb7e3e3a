package be.brussels.pan.service.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * When and where the person is expected: given by the partner with SCHEDULED for a referral without a booked
 * session. {@code at} is answered in Brussels time; place and contact are plain text written by the partner.
 */
public record Appointment(
        @Schema(description = "Date and time, Brussels time", example = "2026-12-08T09:00:00+01:00") OffsetDateTime at,
        @Schema(nullable = true, description = "Where (plain text, up to 300 characters)", example = "EPN Bravo, Rue de la Loi 1, 1000 Bruxelles") String place,
        @Schema(nullable = true, description = "Whom to call or ask for (plain text, up to 300 characters)", example = "02 123 45 67") String contact) {

    @Override
    public String toString() {
        return "Appointment[" + at + "]"; // place and contact are free text: never printed
    }
}
