package be.brussels.pan.service.referral;

import java.time.LocalDate;
import java.util.Set;

/**
 * A validated inbox query of {@code GET /api/v1/referrals}: every criterion optional (null or empty: any), joined by
 * AND, on top of what the caller may see ({@link ReferralAccess}).
 *
 * @param q            a slip number or a diagnosis reference, exact and case-insensitive
 * @param statuses     any of these statuses
 * @param from         created on or after this Brussels date
 * @param to           created on or before this Brussels date
 * @param offerId      to this offer
 * @param organisation made by this referring organisation
 * @param page         0-based
 * @param size         1 to {@link #MAX_SIZE}
 */
public record ReferralQuery(String q, Set<ReferralStatus> statuses, LocalDate from, LocalDate to, String offerId,
                            String organisation, int page, int size) {

    /** The largest page, and the page size when none is asked for. */
    public static final int MAX_SIZE = 100;

    public ReferralQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Every referral the caller may see, first page. */
    public static ReferralQuery all() {
        return new ReferralQuery(null, Set.of(), null, null, null, null, 0, MAX_SIZE);
    }

    @Override
    public String toString() {
        // q may be a reference (a case number): never printed
        return "ReferralQuery[" + statuses + ", " + from + ".." + to + ", " + offerId + ", page " + page + "/" + size + "]";
    }
}
