package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.PinnedAssignment;
import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * Where a re-plan starts (continuous planning): every published session is put back where it was published if the
 * new problem still allows it, before any phase runs.
 *
 * <ul>
 *   <li>A <b>locked</b> session that can stay is pinned there ({@code @PlanningPin}, and H13 guards it): the solver
 *   cannot move it.</li>
 *   <li>An <b>unlocked</b> one that can stay starts there, unpinned: the local search may move it, at the cost of
 *   S7 for every change, so it moves only when that pays.</li>
 *   <li>One that cannot stay starts unassigned, with the reasons recorded on the session (they go into the
 *   solution's change report); the construction heuristic places it again, elsewhere, if it can.</li>
 * </ul>
 *
 * <p>"Can stay" is decided with the same rules the score uses: every fact it names still in the problem, the
 * per-session constraints H4–H11 ({@link Feasibility}), and, against the sessions already put back, H1–H3 and H12
 * ({@link Occupancy}). Sessions pinned by the problem come first, then locked sessions, then unlocked ones; within
 * each, higher priority first, then problem order, so that when a change leaves room for only some of them (a venue
 * with fewer rooms, an animator with a lower maxSessions) the more important keep their place.
 */
final class PublishedPlan {

    private PublishedPlan() {
    }

    /** Applies the published assignments of {@code roster}'s sessions (a roster just mapped, nothing solved). */
    static void apply(Roster roster) {
        List<Session> published = roster.getSessions().stream()
                .filter(s -> s.getPublished() != null && !s.isPinned()).toList();
        if (published.isEmpty()) {
            return;
        }
        Occupancy occupancy = Occupancy.of(roster.getSessions().stream().filter(Session::isPinned).toList());
        Comparator<Session> order = Comparator.comparing((Session s) -> !s.getPublished().locked())
                .thenComparing(Comparator.comparingInt(Session::getPriority).reversed());
        for (Session s : published.stream().sorted(order).toList()) { // a stable sort: problem order within
            PublishedAssignment p = s.getPublished();
            List<String> reasons = whyNot(s, p);
            if (reasons.isEmpty()) {
                reasons = conflicts(occupancy, p);
            }
            if (!reasons.isEmpty()) {
                s.notKept(reasons);
                continue;
            }
            if (p.locked()) {
                s.pin(new PinnedAssignment(p.timeslot(), p.venue(), p.animator(), p.kit()));
            } else {
                s.setTimeslot(p.timeslot());
                s.setVenue(p.venue());
                s.setAnimator(p.animator());
                s.setKit(p.kit());
            }
            occupancy.add(s);
        }
    }

    /** What in the problem itself rules the published assignment out: a fact gone, or one of H4–H11. */
    static List<String> whyNot(Session s, PublishedAssignment p) {
        List<String> reasons = new ArrayList<>();
        if (p.timeslot() == null) {
            reasons.add("timeslot " + p.timeslotId() + " is no longer in the problem");
        }
        if (p.venue() == null) {
            reasons.add("venue " + p.venueId() + " is no longer in the problem");
        }
        if (p.animator() == null) {
            reasons.add("animator " + p.animatorId() + " is no longer in the problem");
        }
        if (p.kitId() != null && p.kit() == null) {
            reasons.add("kit " + p.kitId() + " is no longer in the problem");
        }
        Timeslot t = p.timeslot();
        Venue v = p.venue();
        Animator a = p.animator();
        Kit k = p.kit();
        if (a != null && t != null && !Feasibility.animatorIsAvailable(a, t)) {
            reasons.add("H4: animator " + a.getId() + " is not available in " + t.getId());
        }
        if (a != null && !Feasibility.animatorSpeaksLanguage(s, a)) {
            reasons.add("H5: animator " + a.getId() + " does not speak " + s.getLanguage());
        }
        if (a != null && !Feasibility.animatorHasSkills(s, a)) {
            reasons.add("H6: animator " + a.getId() + " lacks a required skill ("
                    + s.getRequiredSkills().stream().filter(skill -> !a.getSkills().contains(skill)).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (v != null && t != null && !Feasibility.venueIsOpen(v, t)) {
            reasons.add("H7: venue " + v.getId() + " is closed in " + t.getId());
        }
        if (v != null && (p.kitId() == null || k != null)) {
            if (!Feasibility.seatsSuffice(s, v, k)) {
                reasons.add("H8: venue " + v.getId() + (k == null ? "" : " with kit " + k.getId()) + " has "
                        + Feasibility.seatsAndDevices(v, k) + " places for " + s.getParticipants() + " participants");
            }
            if (!Feasibility.mobileSessionIsAtPartnerSiteWithKit(s, v, k)) {
                reasons.add("H9: a mobile session needs a partner site and a kit");
            }
            if (!Feasibility.kitHasBrailleIfNeeded(s, k)) {
                reasons.add("H10: the session needs a braille kit");
            }
        }
        if (v != null && !Feasibility.venueIsAccessibleIfRequired(s, v)) {
            reasons.add("H10: venue " + v.getId() + " is not accessible");
        }
        if (v != null && !Feasibility.startDigitalSessionIsAtStartDigitalVenue(s, v)) {
            reasons.add("H11: venue " + v.getId() + " does not host Start Digital");
        }
        return reasons;
    }

    /** What the sessions put back before it take: H1–H3 and H12. */
    private static List<String> conflicts(Occupancy occupancy, PublishedAssignment p) {
        List<String> reasons = new ArrayList<>();
        Timeslot t = p.timeslot();
        if (occupancy.animatorBusy(p.animator(), t)) {
            reasons.add("H1: animator " + p.animator().getId() + " runs another kept session in " + t.getId());
        }
        if (occupancy.roomsFull(p.venue(), t)) {
            reasons.add("H2: the rooms of venue " + p.venue().getId() + " in " + t.getId()
                    + " are taken by other kept sessions");
        }
        if (p.kit() != null && occupancy.kitBusy(p.kit(), t)) {
            reasons.add("H3: kit " + p.kit().getId() + " serves another kept session in " + t.getId());
        }
        if (occupancy.atMaxSessions(p.animator())) {
            reasons.add("H12: animator " + p.animator().getId() + " has reached maxSessions ("
                    + p.animator().getMaxSessions() + ") with other kept sessions");
        }
        return reasons;
    }
}
