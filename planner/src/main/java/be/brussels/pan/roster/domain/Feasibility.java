package be.brussels.pan.roster.domain;

/**
 * The per-session hard constraints H4–H11 of roster-contract.md, each written once as a sentence about one
 * session and the resources it is (or could be) given. The constraint provider penalises an assigned session
 * for which one is false; {@code SessionOptions} offers the moves only the venues, animators and kits for which
 * they can all be true; {@code UnassignedReasons} explains an unassigned session with them. The constraints
 * between sessions (H1–H3, H12) and the pinned assignment (H13) are not per-session and are not here.
 *
 * <p>A {@code kit} argument may be null: no kit. The independent checker ({@code check.FeasibilityChecker})
 * writes these rules again on the contract JSON on purpose, so that a mistake here cannot hide from it.
 *
 * <p>Plain static methods on plain getters: the constraint streams call them in their filters at every move.
 */
public final class Feasibility {

    private Feasibility() {
    }

    /** H4: the animator is available in the timeslot. */
    public static boolean animatorIsAvailable(Animator animator, Timeslot timeslot) {
        return animator.getAvailable().contains(timeslot);
    }

    /** H5: the animator speaks the session's language. */
    public static boolean animatorSpeaksLanguage(Session session, Animator animator) {
        return animator.getLanguages().contains(session.getLanguage());
    }

    /** H6: the animator has every skill the session requires. */
    public static boolean animatorHasSkills(Session session, Animator animator) {
        return animator.getSkills().containsAll(session.getRequiredSkills());
    }

    /** H7: the venue is open in the timeslot. */
    public static boolean venueIsOpen(Venue venue, Timeslot timeslot) {
        return venue.getOpen().contains(timeslot);
    }

    /** H8: the venue's seats plus the kit's devices seat every participant. */
    public static boolean seatsSuffice(Session session, Venue venue, Kit kit) {
        return session.getParticipants() <= seatsAndDevices(venue, kit);
    }

    /**
     * The places a venue and a kit offer together. A long: both may be as large as {@code Integer.MAX_VALUE},
     * and an int sum would overflow to a negative number of places.
     */
    public static long seatsAndDevices(Venue venue, Kit kit) {
        return (long) venue.getSeats() + (kit == null ? 0 : kit.getDevices());
    }

    /** H9: a mobile session is held at a partner site and has a kit (true for a session that is not mobile). */
    public static boolean mobileSessionIsAtPartnerSiteWithKit(Session session, Venue venue, Kit kit) {
        return !session.isMobile() || (venue.getKind() == VenueKind.PARTNER_SITE && kit != null);
    }

    /** H10, first half: a session that requires an accessible venue is held at one. */
    public static boolean venueIsAccessibleIfRequired(Session session, Venue venue) {
        return !session.isAccessibleRequired() || venue.isAccessible();
    }

    /** H10, second half: a session that needs braille has a kit with a braille keyboard. */
    public static boolean kitHasBrailleIfNeeded(Session session, Kit kit) {
        return !session.isNeedsBraille() || (kit != null && kit.isBraille());
    }

    /** H11: a Start Digital session is held at a venue labelled for Start Digital. */
    public static boolean startDigitalSessionIsAtStartDigitalVenue(Session session, Venue venue) {
        return !needsStartDigitalVenue(session) || venue.isStartDigital();
    }

    /** What H11 asks of the venue: a Start Digital session needs a venue labelled for it. */
    public static boolean needsStartDigitalVenue(Session session) {
        return session.getKind() == SessionKind.START_DIGITAL;
    }

    /** H8–H11 together: the session may be held at this venue with this kit (or none), whatever the timeslot. */
    public static boolean venueAndKitSuit(Session session, Venue venue, Kit kit) {
        return seatsSuffice(session, venue, kit)
                && mobileSessionIsAtPartnerSiteWithKit(session, venue, kit)
                && venueIsAccessibleIfRequired(session, venue)
                && kitHasBrailleIfNeeded(session, kit)
                && startDigitalSessionIsAtStartDigitalVenue(session, venue);
    }

    /** Whether the session at this venue breaks a rule that a kit can mend (H8, H9 or H10) when it has none. */
    public static boolean needsKit(Session session, Venue venue) {
        return !seatsSuffice(session, venue, null)
                || !mobileSessionIsAtPartnerSiteWithKit(session, venue, null)
                || !kitHasBrailleIfNeeded(session, null);
    }
}
