package be.brussels.pan.roster.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * Who is used when: the counters behind the constraints between sessions (H1, H2, H3, H12). The construction
 * heuristic places sessions with it and {@link UnassignedReasons} explains with it, so that what one calls free
 * the other does too. Facts have identity equality, so they key the maps directly.
 */
final class Occupancy {

    private final Map<Timeslot, Map<Object, Integer>> use = new HashMap<>();
    private final Map<Animator, Integer> load = new HashMap<>();

    /** The occupancy of every assigned session in {@code sessions}. */
    static Occupancy of(List<Session> sessions) {
        Occupancy occupancy = new Occupancy();
        sessions.stream().filter(Session::isAssigned).forEach(occupancy::add);
        return occupancy;
    }

    /** Counts an assigned session. */
    void add(Session s) {
        Map<Object, Integer> inSlot = use.computeIfAbsent(s.getTimeslot(), t -> new HashMap<>());
        inSlot.merge(s.getVenue(), 1, Integer::sum);
        inSlot.merge(s.getAnimator(), 1, Integer::sum);
        if (s.getKit() != null) {
            inSlot.merge(s.getKit(), 1, Integer::sum);
        }
        load.merge(s.getAnimator(), 1, Integer::sum);
    }

    /** H1. */
    boolean animatorBusy(Animator a, Timeslot t) {
        return used(a, t) > 0;
    }

    /** H2. */
    boolean roomsFull(Venue v, Timeslot t) {
        return used(v, t) >= v.getRooms();
    }

    /** H3: the first of {@code kits} not out at {@code t}, or null. */
    Kit freeKit(List<Kit> kits, Timeslot t) {
        return kits.stream().filter(k -> used(k, t) == 0).findFirst().orElse(null);
    }

    /** H3, for one kit. */
    boolean kitBusy(Kit k, Timeslot t) {
        return used(k, t) > 0;
    }

    /** H12. */
    boolean atMaxSessions(Animator a) {
        return load.getOrDefault(a, 0) >= a.getMaxSessions();
    }

    /**
     * The first combination of {@code o} (slots, venues, animators and kits in problem order) that this occupancy
     * leaves free, or null when every one is taken.
     */
    SessionPlacement firstFree(SessionOptions o) {
        for (int i = 0; i < o.slotCount(); i++) {
            Timeslot t = o.slot(i);
            for (Venue v : o.venues(i)) {
                if (roomsFull(v, t)) {
                    continue;
                }
                Kit kit = null;
                if (o.needsKit(v)) {
                    kit = freeKit(o.kitsFor(v), t);
                    if (kit == null) {
                        continue;
                    }
                }
                for (Animator a : o.animators(i)) {
                    if (!animatorBusy(a, t) && !atMaxSessions(a)) {
                        return new SessionPlacement(t, v, a, kit);
                    }
                }
            }
        }
        return null;
    }

    private int used(Object resource, Timeslot t) {
        Map<Object, Integer> inSlot = use.get(t);
        return inSlot == null ? 0 : inSlot.getOrDefault(resource, 0);
    }
}
