package be.brussels.pan.service.security;

/** The service's roles and what they may do (issue 4, "Security"). */
public enum Role {
    /** Diagnoses and referrals. */
    COUNSELLOR,
    /** Diagnoses and referrals, limited to their own organisation's referrals. */
    SOCIAL_WORKER,
    /** Referrals addressed to their own structure. */
    PARTNER,
    /** Rosters and statistics. */
    PLANNER,
    /** Everything. */
    ADMIN
}
