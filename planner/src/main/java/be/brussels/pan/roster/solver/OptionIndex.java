package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;

/**
 * {@link SessionOptions} for every movable session of a roster, cached per working solution (the options
 * refer to problem facts, which OptaPlanner's planning clones share).
 */
public final class OptionIndex {

    private static final Map<Roster, OptionIndex> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<SessionOptions> movable = new ArrayList<>();
    private final FactIds ids;
    private final List<Session> sessions;
    /** Built when first asked for: only the recreate step, in the second phase, reads it. */
    private LiveOccupancy occupancy;

    public OptionIndex(Roster roster) {
        ids = new FactIds(roster);
        for (Session s : roster.getSessions()) {
            if (!s.isPinned()) {
                movable.add(new SessionOptions(s, roster.getTimeslots(), roster.getVenues(), roster.getAnimators(),
                        roster.getKits()));
            }
        }
        sessions = roster.getSessions();
    }

    /** One index per working solution (Roster keeps identity equality, so the weak map is keyed by instance). */
    public static OptionIndex of(Roster workingSolution) {
        return CACHE.computeIfAbsent(workingSolution, OptionIndex::new);
    }

    /**
     * Recomputes the index: called by the construction heuristic, the first phase of every solve, so that a
     * roster solved again after a change (e.g. new pins) never sees options from an earlier solve.
     */
    public static OptionIndex rebuild(Roster workingSolution) {
        OptionIndex index = new OptionIndex(workingSolution);
        CACHE.put(workingSolution, index);
        return index;
    }

    public static void release(Roster workingSolution) {
        CACHE.remove(workingSolution);
    }

    public List<SessionOptions> movable() { return movable; }

    /** The roster's facts numbered, for {@link RankedPlacements} and {@link LiveOccupancy}. */
    FactIds ids() { return ids; }

    /** Who is used when in the roster; call {@link LiveOccupancy#sync()} before reading it. */
    LiveOccupancy occupancy() {
        if (occupancy == null) {
            occupancy = new LiveOccupancy(sessions, ids);
        }
        return occupancy;
    }
}
