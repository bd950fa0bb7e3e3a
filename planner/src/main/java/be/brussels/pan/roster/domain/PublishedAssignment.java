package be.brussels.pan.roster.domain;

/**
 * Where a session stands in the week's published roster (re-planning, contract version 1.1): the ids as published,
 * and the facts they name in this problem, null where the problem no longer has one (a venue retired, a kit gone).
 * {@code locked}: the session stays there unless the problem makes that impossible.
 */
public record PublishedAssignment(String timeslotId, String venueId, String animatorId, String kitId,
                                  Timeslot timeslot, Venue venue, Animator animator, Kit kit, boolean locked) {

    public boolean sameTimeslot(Timeslot t) {
        return timeslot != null && t == timeslot;
    }

    public boolean sameVenue(Venue v) {
        return venue != null && v == venue;
    }

    public boolean sameAnimator(Animator a) {
        return animator != null && a == animator;
    }

    /** No kit then and none now, or the same kit (a kit the problem no longer has is never the same). */
    public boolean sameKit(Kit k) {
        return kitId == null ? k == null : kit != null && k == kit;
    }

    /** Whether a session with these values stands exactly where it was published. */
    public boolean keptBy(Timeslot t, Venue v, Animator a, Kit k) {
        return sameTimeslot(t) && sameVenue(v) && sameAnimator(a) && sameKit(k);
    }

    /** Whether every fact it names is still in the problem. */
    public boolean complete() {
        return timeslot != null && venue != null && animator != null && (kitId == null || kit != null);
    }
}
