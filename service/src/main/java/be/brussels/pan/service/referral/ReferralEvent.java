package be.brussels.pan.service.referral;

import be.brussels.pan.service.session.SessionChange;
import java.util.UUID;

/**
 * What happened to a referral, published inside the transaction that stored it, so that a listener (the
 * e-mail notifications) can record its own work in the same transaction or act after the commit. Events carry
 * ids only: a listener reads what it may show, and nothing personal travels with the event.
 */
public sealed interface ReferralEvent {

    UUID referralId();

    /** A referral was created (SENT). */
    record Created(UUID referralId) implements ReferralEvent {
    }

    /** A referral moved from one status to another (by a person or by the expiry job). */
    record Moved(UUID referralId, ReferralStatus from, ReferralStatus to) implements ReferralEvent {
    }

    /** A re-plan moved or dropped the published session this referral holds a seat in. */
    record BookedSessionChanged(UUID referralId, UUID sessionId, SessionChange change) implements ReferralEvent {
    }
}
