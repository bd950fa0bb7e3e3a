package be.brussels.pan.service.referral;

import be.brussels.pan.service.diagnosis.DiagnosisReferrals;
import be.brussels.pan.service.security.PanUser;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the diagnosis feature whether a referral of a diagnosis is visible to a user, by {@link ReferralAccess}'s rule. */
@Component
class ReferralsOfDiagnoses implements DiagnosisReferrals {

    private final ReferralStore store;

    ReferralsOfDiagnoses(ReferralStore store) {
        this.store = store;
    }

    @Override
    public boolean anyVisibleTo(UUID diagnosisId, PanUser user) {
        ReferralAccess.Scope scope = ReferralAccess.scope(user);
        if (scope.all()) {
            return true;
        }
        return !scope.none() && store.anyOfDiagnosis(diagnosisId, scope.organisation(), scope.structureId());
    }
}
