package be.brussels.pan.service.diagnosis;

import be.brussels.pan.service.security.PanUser;
import java.util.UUID;

/**
 * What the diagnosis feature asks the referral feature: is a referral of this diagnosis visible to this user?
 * Declared here and implemented there, so that the referral feature keeps depending on the diagnosis feature
 * and not the other way round (no cycle between features).
 */
public interface DiagnosisReferrals {

    boolean anyVisibleTo(UUID diagnosisId, PanUser user);
}
