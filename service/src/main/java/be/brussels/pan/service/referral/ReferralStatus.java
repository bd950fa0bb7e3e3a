package be.brussels.pan.service.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * The referral lifecycle.
 *
 * <pre>
 * SENT ──► ACCEPTED ──► SCHEDULED ──► ATTENDED ──► COMPLETED
 *   │                      └────────► NO_SHOW
 *   ├──► REFUSED   (a reason is required)
 *   └──► EXPIRED   (30 days without an answer; only the expiry job)
 * SENT | ACCEPTED | SCHEDULED | ATTENDED ──► CANCELLED (the referrer, before the end)
 * </pre>
 *
 * REFUSED, EXPIRED, COMPLETED, NO_SHOW and CANCELLED are final.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, REFUSED, EXPIRED, SCHEDULED, ATTENDED, COMPLETED, NO_SHOW, CANCELLED;

    /** The pseudo-state a referral comes from when it is created, as recorded in the history and metrics. */
    public static final String NEW = "NEW";

    /**
     * The states in which a referral that booked a session keeps its seat (issue 14); REFUSED, CANCELLED, EXPIRED
     * and NO_SHOW free it. ATTENDED and COMPLETED used it.
     */
    public static final Set<ReferralStatus> HOLDING_SEAT = EnumSet.of(SENT, ACCEPTED, SCHEDULED, ATTENDED, COMPLETED);

    /** The states this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, REFUSED, EXPIRED, CANCELLED);
            case ACCEPTED -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(ATTENDED, NO_SHOW, CANCELLED);
            case ATTENDED -> EnumSet.of(COMPLETED, CANCELLED);
            case REFUSED, EXPIRED, COMPLETED, NO_SHOW, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus to) {
        return next().contains(to);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
