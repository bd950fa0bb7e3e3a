package be.brussels.pan.service.referral;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see, create and move which referral. The URL-level rule (only COUNSELLOR, SOCIAL_WORKER, PARTNER and
 * ADMIN reach {@code /api/v1/referrals}) is in the security configuration; this is the per-referral rule.
 *
 * <table>
 *   <caption>Visibility and transitions</caption>
 *   <tr><th>Role</th><th>Sees</th><th>Creates</th><th>Transitions</th></tr>
 *   <tr><td>COUNSELLOR</td><td>every referral</td><td>yes</td>
 *       <td>CANCELLED, on its own organisation's referrals</td></tr>
 *   <tr><td>SOCIAL_WORKER</td><td>its own organisation's referrals (another's: 404)</td><td>yes</td>
 *       <td>CANCELLED, on its own organisation's referrals</td></tr>
 *   <tr><td>PARTNER</td><td>referrals to an offer of its structure (organisation = structure id; others: 404)</td>
 *       <td>no</td><td>ACCEPTED, REFUSED, SCHEDULED, ATTENDED, COMPLETED, NO_SHOW</td></tr>
 *   <tr><td>ADMIN</td><td>every referral</td><td>yes</td><td>every transition but EXPIRED</td></tr>
 *   <tr><td>system (expiry job)</td><td></td><td></td><td>SENT → EXPIRED after 30 days</td></tr>
 * </table>
 *
 * A transition the caller's role may not do is a 403; one the lifecycle does not allow from the current state
 * is a 409 ({@link ReferralStatus#next()}).
 */
public final class ReferralAccess {

    /** The transitions the receiving partner makes. */
    public static final Set<ReferralStatus> PARTNER_SIDE = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.REFUSED,
            ReferralStatus.SCHEDULED, ReferralStatus.ATTENDED, ReferralStatus.COMPLETED, ReferralStatus.NO_SHOW);

    private ReferralAccess() {
    }

    public static boolean canSee(PanUser user, Referral referral) {
        return switch (user.role()) {
            case ADMIN, COUNSELLOR -> true;
            case SOCIAL_WORKER -> user.organisation().equals(referral.organisation());
            case PARTNER -> user.organisation().equals(referral.structureId());
            case PLANNER -> false;
        };
    }

    public static void checkCreate(PanUser user) {
        if (!EnumSet.of(Role.COUNSELLOR, Role.SOCIAL_WORKER, Role.ADMIN).contains(user.role())) {
            throw new ReferralForbiddenException("a " + user.role() + " may not create referrals");
        }
    }

    /** Throws a 403 problem when the caller (who can see the referral) may not move it to {@code to}. */
    public static void checkTransition(PanUser user, Referral referral, ReferralStatus to) {
        if (to == ReferralStatus.EXPIRED) {
            throw new ReferralForbiddenException("only the expiry job moves a referral to EXPIRED");
        }
        if (user.role() == Role.ADMIN || to == ReferralStatus.SENT) {
            return; // SENT is never a target: the lifecycle answers 409
        }
        if (to == ReferralStatus.CANCELLED) {
            boolean referrer = (user.role() == Role.COUNSELLOR || user.role() == Role.SOCIAL_WORKER)
                    && user.organisation().equals(referral.organisation());
            if (!referrer) {
                throw new ReferralForbiddenException("only the referring organisation may cancel a referral");
            }
            return;
        }
        if (PARTNER_SIDE.contains(to) && user.role() != Role.PARTNER) {
            throw new ReferralForbiddenException("only the receiving partner may move a referral to " + to);
        }
    }
}
