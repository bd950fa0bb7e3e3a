package be.brussels.pan.roster.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Session;

/**
 * Who is used when in one working solution, kept in step with it: the counters the recreate step of
 * {@link CompoundMoves#ruinAndRecreate} needs (rooms, animators and kits per timeslot for H1–H3, each animator's
 * load for H12 and S5, each kit's sessions per day and commune for S3), in arrays indexed by {@link FactIds}.
 *
 * <p>Why not counted again for each ruin, as {@link Occupancy} is: that cost hash-map work over every session of
 * the week per ruin, and made the second phase three times slower per calculation than the first on M (issue 17).
 * Here {@link #sync()} compares each session with the placement last counted for it and recounts only those that
 * changed, a few per step; no hook into the moves is needed, so an undone move or a new best solution cannot put
 * the counters out of step.
 *
 * <p>A ruin {@link #remove removes} its sessions and {@link #add adds} each placement it chooses, then undoes both
 * before it returns, so that the counters again match the working solution.
 */
final class LiveOccupancy {

    private static final int DAYS = Day.values().length;

    private final FactIds ids;
    private final List<Session> sessions;
    private final Map<Session, Integer> sessionIndex = new IdentityHashMap<>();
    /** The placement counted for each session (fact numbers; slot -1 when it was not assigned, kit -1 for none). */
    private final int[] slotOf;
    private final int[] venueOf;
    private final int[] animatorOf;
    private final int[] kitOf;
    /** The facts last seen on each session: a change of reference is what {@link #sync} looks for. */
    private final Object[][] seen;

    private final int[] venueUse;
    private final int[] animatorUse;
    private final int[] kitUse;
    private final int[] load;
    private final int[] kitDayCommune;
    private final int[] kitDay;
    private final int[] rooms;
    private final int[] maxSessions;

    LiveOccupancy(List<Session> sessions, FactIds ids) {
        this.ids = ids;
        this.sessions = sessions;
        int n = sessions.size();
        slotOf = new int[n];
        venueOf = new int[n];
        animatorOf = new int[n];
        kitOf = new int[n];
        seen = new Object[n][];
        int slots = ids.timeslotCount();
        venueUse = new int[slots * ids.venueCount()];
        animatorUse = new int[slots * ids.animatorCount()];
        kitUse = new int[slots * ids.kitCount()];
        load = new int[ids.animatorCount()];
        kitDay = new int[ids.kitCount() * DAYS];
        kitDayCommune = new int[kitDay.length * ids.communeCount()];
        rooms = new int[ids.venueCount()];
        for (int v = 0; v < rooms.length; v++) {
            rooms[v] = ids.venue(v).getRooms();
        }
        maxSessions = new int[ids.animatorCount()];
        for (int a = 0; a < maxSessions.length; a++) {
            maxSessions[a] = ids.animator(a).getMaxSessions();
        }
        for (int i = 0; i < n; i++) {
            sessionIndex.put(sessions.get(i), i);
            slotOf[i] = -1;
            seen[i] = new Object[4];
        }
        sync();
    }

    /** Brings the counters in step with the sessions as they are now. */
    void sync() {
        for (int i = 0; i < slotOf.length; i++) {
            Session s = sessions.get(i);
            Object[] last = seen[i];
            if (last[0] == s.getTimeslot() && last[1] == s.getVenue() && last[2] == s.getAnimator()
                    && last[3] == s.getKit()) {
                continue;
            }
            if (slotOf[i] >= 0) {
                count(slotOf[i], venueOf[i], animatorOf[i], kitOf[i], -1);
            }
            last[0] = s.getTimeslot();
            last[1] = s.getVenue();
            last[2] = s.getAnimator();
            last[3] = s.getKit();
            if (s.isAssigned()) {
                slotOf[i] = ids.of(s.getTimeslot());
                venueOf[i] = ids.of(s.getVenue());
                animatorOf[i] = ids.of(s.getAnimator());
                kitOf[i] = s.getKit() == null ? -1 : ids.of(s.getKit());
                count(slotOf[i], venueOf[i], animatorOf[i], kitOf[i], 1);
            } else {
                slotOf[i] = -1;
            }
        }
    }

    /** Takes a session out of the counters (nothing when it is not assigned); {@link #restore} puts it back. */
    void remove(Session s) {
        int i = sessionIndex.get(s);
        if (slotOf[i] >= 0) {
            count(slotOf[i], venueOf[i], animatorOf[i], kitOf[i], -1);
        }
    }

    /** Undoes {@link #remove}. */
    void restore(Session s) {
        int i = sessionIndex.get(s);
        if (slotOf[i] >= 0) {
            count(slotOf[i], venueOf[i], animatorOf[i], kitOf[i], 1);
        }
    }

    /** Counts a placement that no session holds yet (kit -1 for none); {@link #subtract} undoes it. */
    void add(int slot, int venue, int animator, int kit) {
        count(slot, venue, animator, kit, 1);
    }

    void subtract(int slot, int venue, int animator, int kit) {
        count(slot, venue, animator, kit, -1);
    }

    private void count(int slot, int venue, int animator, int kit, int delta) {
        venueUse[slot * rooms.length + venue] += delta;
        animatorUse[slot * load.length + animator] += delta;
        load[animator] += delta;
        if (kit >= 0) {
            kitUse[slot * ids.kitCount() + kit] += delta;
            int kd = kit * DAYS + ids.dayOf(slot);
            kitDay[kd] += delta;
            kitDayCommune[kd * ids.communeCount() + ids.communeOf(venue)] += delta;
        }
    }

    /** H2. */
    boolean roomsFull(int venue, int slot) {
        return venueUse[slot * rooms.length + venue] >= rooms[venue];
    }

    /** H1. */
    boolean animatorBusy(int animator, int slot) {
        return animatorUse[slot * load.length + animator] > 0;
    }

    /** H3. */
    boolean kitBusy(int kit, int slot) {
        return kitUse[slot * ids.kitCount() + kit] > 0;
    }

    /** The animator's sessions (S5, and H12 against {@link #maxSessions}). */
    int load(int animator) {
        return load[animator];
    }

    int maxSessions(int animator) {
        return maxSessions[animator];
    }

    /** S3's count: the kit's sessions on the slot's day held in another commune than the venue's. */
    int kitElsewhere(int kit, int slot, int venue) {
        int kd = kit * DAYS + ids.dayOf(slot);
        return kitDay[kd] - kitDayCommune[kd * ids.communeCount() + ids.communeOf(venue)];
    }
}
