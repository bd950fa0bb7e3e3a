package be.brussels.pan.service.referral;

import be.brussels.pan.service.diagnosis.DiagnosisAccess;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see, create and move which referral. The URL-level rule (only COUNSELLOR, SOCIAL_WORKER, PARTNER and
 * ADMIN reach {@code /api/v1/referrals}) is in the security configuration; this is the per-referral rule. Which
 * diagnoses a referral may be made on is {@link DiagnosisAccess#mayRefer}. The whole table, role by role and
 * organisation by organisation, is README.md's "Who may see what", which {@code AccessMatrixTest} runs.
 *
 * <table>
 *   <caption>Visibility and transitions</caption>
 *   <tr><th>Role</th><th>Sees</th><th>Creates</th><th>Transitions</th></tr>
 *   <tr><td>COUNSELLOR</td><td>its own organisation's referrals (another's: 404; issue 15)</td><td>yes</td>
 *       <td>CANCELLED, on its own organisation's referrals</td></tr>
 *   <tr><td>SOCIAL_WORKER</td><td>its own organisation's referrals (another's: 404)</td><td>yes</td>
 *       <td>CANCELLED, on its own organisation's referrals</td></tr>
 *   <tr><td>PARTNER</td><td>referrals to an offer of its structure (organisation = structure id; others: 404)</td>
 *       <td>no</td><td>ACCEPTED, REFUSED, SCHEDULED, ATTENDED, COMPLETED, NO_SHOW</td></tr>
 *   <tr><td>ADMIN</td><td>every referral</td><td>yes</td><td>every transition but EXPIRED</td></tr>
 *   <tr><td>system (expiry job)</td><td></td><td></td><td>SENT → EXPIRED after 30 days</td></tr>
 * </table>
 *
 * A referral the caller may not see is a 404, the answer for an id that names nothing, so that another
 * organisation's ids are not confirmed. A transition the caller's role may not do on a referral it sees is a
 * 403; one the lifecycle does not allow from the current state is a 409 ({@link ReferralStatus#next()}).
 */
public final class ReferralAccess {

    /** The transitions the receiving partner makes. */
    public static final Set<ReferralStatus> PARTNER_SIDE = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.REFUSED,
            ReferralStatus.SCHEDULED, ReferralStatus.ATTENDED, ReferralStatus.COMPLETED, ReferralStatus.NO_SHOW);

    private ReferralAccess() {
    }

    /**
     * The referrals a caller sees, as the store's filters: {@code all} (ADMIN), those an {@code organisation} made
     * (COUNSELLOR, SOCIAL_WORKER), those sent to a {@code structureId} (PARTNER), or none (PLANNER). One rule for
     * reading one referral ({@link #canSee}), listing them, and the diagnoses seen through them.
     */
    public record Scope(boolean all, String organisation, String structureId) {

        static final Scope ALL = new Scope(true, null, null);
        static final Scope NONE = new Scope(false, null, null);

        public boolean none() {
            return !all && organisation == null && structureId == null;
        }

        boolean contains(Referral referral) {
            return all || (organisation != null && organisation.equals(referral.organisation()))
                    || (structureId != null && structureId.equals(referral.structureId()));
        }
    }

    public static Scope scope(PanUser user) {
        return switch (user.role()) {
            case ADMIN -> Scope.ALL;
            // A counsellor no longer sees every referral (issue 15): its notes and diagnosis ids are its organisation's.
            case COUNSELLOR, SOCIAL_WORKER -> new Scope(false, user.organisation(), null);
            case PARTNER -> new Scope(false, null, user.organisation());
            case PLANNER -> Scope.NONE;
        };
    }

    public static boolean canSee(PanUser user, Referral referral) {
        return scope(user).contains(referral);
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
