package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * Explains why a session stayed unassigned by analysing the problem for that session, from the most basic
 * cause to the most contingent: nobody qualified (H5/H6), no suitable venue or kit (H8–H11), no slot where a
 * suitable venue is open and a qualified animator available (H4/H7), every qualified animator full (H12), or
 * every compatible combination already used by other sessions (H1/H2/H3). Each reason names its constraints.
 *
 * <p>The rules are {@link Feasibility}'s, the filters the ones the moves draw from ({@link SessionOptions}) and
 * the counters the ones the construction heuristic places with ({@link Occupancy}), so a change to a rule, a
 * filter or an occupancy rule changes the explanations with it.
 */
public final class UnassignedReasons {

    private static final int MAX_NAMED = 5;

    private final Roster roster;
    private final Occupancy occupancy;

    public UnassignedReasons(Roster roster) {
        this.roster = roster;
        this.occupancy = Occupancy.of(roster.getSessions());
    }

    public List<String> explain(Session s) {
        SessionOptions options = new SessionOptions(s, roster.getTimeslots(), roster.getVenues(),
                roster.getAnimators(), roster.getKits());
        List<String> reasons = new ArrayList<>();
        if (options.qualifiedAnimators().isEmpty()) {
            // Which of H5/H6 to name: the language alone may already rule everybody out.
            boolean anySpeaker = roster.getAnimators().stream().anyMatch(a -> Feasibility.animatorSpeaksLanguage(s, a));
            reasons.add(anySpeaker ? "H5/H6: no animator speaks " + s.getLanguage() + " and has skills " + skills(s)
                    : "H5: no animator speaks " + s.getLanguage());
        }
        boolean noKit = options.kits().isEmpty();
        if (s.isNeedsBraille() && noKit) {
            reasons.add("H10: no kit has a braille keyboard");
        } else if (s.isMobile() && noKit) {
            reasons.add("H9: a mobile session needs a kit and the problem has none");
        }
        if (options.suitableVenues().isEmpty()) {
            reasons.add("H8-H11: no venue is " + venueNeeds(s) + " with room for " + s.getParticipants()
                    + " participants" + (noKit ? "" : " (even with the largest suitable kit)"));
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        if (options.slotCount() == 0) {
            reasons.add("H4/H7: no " + venueNeeds(s) + " venue is open in a slot where a qualified animator ("
                    + names(options.qualifiedAnimators()) + ") is available");
            return reasons;
        }
        Set<Animator> candidates = new LinkedHashSet<>();
        for (int i = 0; i < options.slotCount(); i++) {
            candidates.addAll(options.animators(i));
        }
        if (candidates.stream().allMatch(occupancy::atMaxSessions)) {
            reasons.add("H12: every qualified animator available in a compatible slot (" + names(candidates)
                    + ") has reached maxSessions");
            return reasons;
        }
        reasons.add(takenSlots(options));
        return reasons;
    }

    /**
     * A free combination, if the construction heuristic would find one, means the solver ran out of time;
     * otherwise counts, over every compatible (timeslot, venue, animator), what blocks it in the final roster.
     */
    private String takenSlots(SessionOptions o) {
        SessionPlacement free = occupancy.firstFree(o);
        if (free != null) {
            return "not blocked by a hard constraint: a free combination exists (e.g. " + free.timeslot().getId()
                    + " at " + free.venue().getId() + " with " + free.animator().getId()
                    + "); the solver stopped before placing it - give it more time";
        }
        int combos = 0;
        int animatorBusy = 0;
        int venueFull = 0;
        int kitBusy = 0;
        int animatorFull = 0;
        for (int i = 0; i < o.slotCount(); i++) {
            Timeslot t = o.slot(i);
            for (Venue v : o.venues(i)) {
                boolean roomsFull = occupancy.roomsFull(v, t);
                boolean noFreeKit = o.needsKit(v) && occupancy.freeKit(o.kitsFor(v), t) == null;
                for (Animator a : o.animators(i)) {
                    combos++;
                    animatorBusy += occupancy.animatorBusy(a, t) ? 1 : 0;
                    venueFull += roomsFull ? 1 : 0;
                    kitBusy += noFreeKit ? 1 : 0;
                    animatorFull += occupancy.atMaxSessions(a) ? 1 : 0;
                }
            }
        }
        return "H1/H2/H3/H12: all compatible slots are taken - of " + combos
                + " (timeslot, venue, qualified animator) combinations, the animator is busy in " + animatorBusy
                + " (H1), the venue's rooms are full in " + venueFull + " (H2), no suitable kit is free in "
                + kitBusy + " (H3), the animator has reached maxSessions in " + animatorFull + " (H12)";
    }

    private static String skills(Session s) {
        return s.getRequiredSkills().isEmpty() ? "(none)"
                : s.getRequiredSkills().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String venueNeeds(Session s) {
        List<String> needs = new ArrayList<>();
        if (s.isMobile()) {
            needs.add("a PARTNER_SITE");
        }
        if (s.isAccessibleRequired()) {
            needs.add("accessible");
        }
        if (Feasibility.needsStartDigitalVenue(s)) {
            needs.add("startDigital");
        }
        return needs.isEmpty() ? "suitable" : String.join(", ", needs);
    }

    private static String names(java.util.Collection<Animator> animators) {
        String head = animators.stream().limit(MAX_NAMED).map(Animator::getId).collect(Collectors.joining(", "));
        return animators.size() > MAX_NAMED ? head + " and " + (animators.size() - MAX_NAMED) + " more" : head;
    }
}
