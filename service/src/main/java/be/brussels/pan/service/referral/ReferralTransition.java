package be.brussels.pan.service.referral;

import java.time.Instant;

/** One entry of a referral's audit trail: {@code from} is {@code NEW} for the creation. */
public record ReferralTransition(String from, String to, String reason, String actor, Instant at) {

    @Override
    public String toString() {
        // The reason is free text written by a professional: never printed.
        return "ReferralTransition[" + from + "->" + to + ", " + actor + ", " + at + "]";
    }
}
