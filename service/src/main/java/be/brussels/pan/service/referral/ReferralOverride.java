package be.brussels.pan.service.referral;

import io.swagger.v3.oas.annotations.media.Schema;

/** A referral created although its diagnosis excluded the offer: the rule that excluded it and the written reason. */
public record ReferralOverride(
        @Schema(description = "The id of the rule that excluded the offer", example = "exclude-reserved") String rule,
        @Schema(description = "Why the referrer overrode it (plain text, up to 1000 characters)") String reason) {

    @Override
    public String toString() {
        return "ReferralOverride[" + rule + "]"; // the reason is free text: never printed
    }
}
