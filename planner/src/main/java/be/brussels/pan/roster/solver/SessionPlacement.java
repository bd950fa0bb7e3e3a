package be.brussels.pan.roster.solver;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/** The four planning values of one session, all null for "unassigned". */
public record SessionPlacement(Timeslot timeslot, Venue venue, Animator animator, Kit kit) {

    public static final SessionPlacement UNASSIGNED = new SessionPlacement(null, null, null, null);

    public static SessionPlacement of(Session s) {
        return new SessionPlacement(s.getTimeslot(), s.getVenue(), s.getAnimator(), s.getKit());
    }

    public boolean sameAs(Session s) {
        return s.getTimeslot() == timeslot && s.getVenue() == venue && s.getAnimator() == animator
                && s.getKit() == kit;
    }
}
