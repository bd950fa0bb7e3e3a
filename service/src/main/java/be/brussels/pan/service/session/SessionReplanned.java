package be.brussels.pan.service.session;

import java.util.UUID;

/**
 * A re-plan moved or dropped a published session; published inside the re-plan's transaction. The referral feature
 * listens (in the same transaction) to flag the bookings held on it: this package does not know referrals.
 */
public record SessionReplanned(UUID sessionId, SessionChange change) {
}
