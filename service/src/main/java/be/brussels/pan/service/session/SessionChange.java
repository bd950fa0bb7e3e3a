package be.brussels.pan.service.session;

/**
 * The last thing a re-plan did to a published session, for its referrers to be told (issue 13: the booking
 * issue shows it in their inbox). A session as first published has none; a re-plan that keeps it changes nothing.
 */
public enum SessionChange {
    /** Another timeslot, venue, animator or kit than published. */
    MOVED,
    /** No longer held (status DROPPED). */
    DROPPED,
    /** Placed by a re-plan: new, or placed again after it had been dropped. */
    ADDED
}
