package be.brussels.pan.service.referral;

import java.util.List;

/** One page of the inbox and how many referrals match in all ({@code X-Total-Count}). */
public record ReferralPage(List<Referral> referrals, long total) {

    public ReferralPage {
        referrals = List.copyOf(referrals);
    }
}
