package be.brussels.pan.service.diagnosis;

import be.brussels.pan.service.security.PanUser;
import java.util.function.BooleanSupplier;

/**
 * Who may read a stored diagnosis, and make a referral from it (issue 15: least privilege by organisation). A
 * diagnosis belongs to the organisation of the user who made it ({@code diagnoses.organisation}).
 *
 * <ul>
 *   <li>ADMIN reads every diagnosis and refers from every one.</li>
 *   <li>COUNSELLOR and SOCIAL_WORKER read their own organisation's diagnoses, and another organisation's when a
 *       referral of it is visible to them (one their organisation made, as before issue 15, or an
 *       administrator of their organisation); they refer from their own organisation's only.</li>
 *   <li>PARTNER never reads a full diagnosis, even of a referral it receives: the referral already carries what
 *       the partner needs to welcome the person (reference, languages, needs, disabilities, reduced mobility),
 *       while the diagnosis holds the fragility, the persona, the target groups and every rule that fired
 *       ({@code social-cpas-beneficiary}, {@code skills-reading-barrier}…), which diagnosis contract v1 does
 *       not let us leave out. PLANNER reads none either: planners work on counts.</li>
 * </ul>
 *
 * A diagnosis the caller may not read is a 404 (an unknown id's answer) and one it may not refer from a 400
 * naming {@code diagnosisId} (an unknown id's answer), so that no id of another organisation is confirmed.
 * PARTNER and PLANNER are refused by role before any id is read (security configuration, 403 for every id).
 * The whole table is README.md's "Who may see what", which {@code AccessMatrixTest} runs over HTTP.
 */
public final class DiagnosisAccess {

    private DiagnosisAccess() {
    }

    /**
     * @param organisation       the diagnosis's organisation
     * @param seesAReferralOfIt  whether a referral of the diagnosis is visible to the user; asked only when the
     *                           diagnosis is another organisation's (one query less on the common path)
     */
    public static boolean mayRead(PanUser user, String organisation, BooleanSupplier seesAReferralOfIt) {
        return switch (user.role()) {
            case ADMIN -> true;
            case COUNSELLOR, SOCIAL_WORKER -> user.organisation().equals(organisation) || seesAReferralOfIt.getAsBoolean();
            case PARTNER, PLANNER -> false;
        };
    }

    /** Whether the user may refer the person of a diagnosis of {@code organisation} to an offer. */
    public static boolean mayRefer(PanUser user, String organisation) {
        return switch (user.role()) {
            case ADMIN -> true;
            case COUNSELLOR, SOCIAL_WORKER -> user.organisation().equals(organisation);
            case PARTNER, PLANNER -> false;
        };
    }
}
