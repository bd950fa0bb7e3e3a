package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.List;

import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.SolutionJson.Change;
import be.brussels.pan.roster.json.SolutionJson.ChangeJson;

/**
 * What a re-plan changed against the published roster, session by session (contract version 1.1): KEPT, MOVED
 * (from → to), DROPPED (published, now unassigned) or ADDED (not published, now placed). A session that was not
 * published and stays unassigned changed nothing; it is listed in {@code unassigned} only.
 *
 * <p>Reasons: why the published assignment could not be kept, as {@link PublishedPlan} found when the solve
 * started (an absent animator, a closed venue, a kit gone, or no room left beside the sessions kept); for a
 * dropped session also why it could not be placed elsewhere ({@link UnassignedReasons}); for an unlocked session
 * the solver moved although it could have stayed, that it was not locked.
 */
final class ChangeReport {

    static final String UNLOCKED_MOVE = "not locked: moved by the solver to place other sessions or lower the "
            + "roster's costs (its published assignment was still possible)";
    static final String PINNED_ELSEWHERE = "pinned by the problem to another assignment";

    private ChangeReport() {
    }

    /** The report, or null when no session of the roster was published (not a re-plan). */
    static List<ChangeJson> of(Roster roster, UnassignedReasons unassignedReasons) {
        if (roster.getSessions().stream().noneMatch(s -> s.getPublished() != null)) {
            return null;
        }
        List<ChangeJson> changes = new ArrayList<>();
        for (Session s : roster.getSessions()) {
            PublishedAssignment p = s.getPublished();
            if (p == null) {
                if (s.isAssigned()) {
                    changes.add(new ChangeJson(s.getId(), Change.ADDED, false, null, now(s), List.of()));
                }
                continue;
            }
            AssignmentJson from = new AssignmentJson(s.getId(), p.timeslotId(), p.venueId(), p.animatorId(), p.kitId());
            if (s.isKeptAsPublished()) {
                changes.add(new ChangeJson(s.getId(), Change.KEPT, p.locked(), from, from, List.of()));
            } else if (s.isAssigned()) {
                changes.add(new ChangeJson(s.getId(), Change.MOVED, p.locked(), from, now(s), whyMoved(s)));
            } else {
                List<String> reasons = new ArrayList<>(s.getNotKeptReasons());
                reasons.addAll(unassignedReasons.explain(s));
                changes.add(new ChangeJson(s.getId(), Change.DROPPED, p.locked(), from, null, reasons));
            }
        }
        return changes;
    }

    private static List<String> whyMoved(Session s) {
        if (!s.getNotKeptReasons().isEmpty()) {
            return s.getNotKeptReasons();
        }
        return List.of(s.isPinned() ? PINNED_ELSEWHERE : UNLOCKED_MOVE);
    }

    private static AssignmentJson now(Session s) {
        return new AssignmentJson(s.getId(), s.getTimeslot().getId(), s.getVenue().getId(), s.getAnimator().getId(),
                s.getKit() == null ? null : s.getKit().getId());
    }
}
