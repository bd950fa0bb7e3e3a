package be.brussels.pan.roster.solver;

import static be.brussels.pan.roster.solver.RosterConstraintProvider.S1_PER_HM;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S2_PER_HM;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S4_PER_SESSION;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_ANIMATOR;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_TIMESLOT;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_VENUE;

import java.util.Arrays;
import java.util.List;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * One session's placements (timeslot, venue, animator) in increasing order of the soft cost that depends on that
 * session alone: S1 (demand to venue), S2 (animator to venue), S4 (outside the preferred period) and, for a
 * published session, the S7 parts for timeslot, venue and animator. What depends on the other sessions, S3 (kit
 * travel) and S5 (the animator's load), only adds to it.
 *
 * <p>Why: the recreate step of {@link CompoundMoves#ruinAndRecreate} looks for a session's cheapest free placement.
 * Scanning in this order, it can stop as soon as the next placement's own cost, plus the least an added session can
 * cost in S5, reaches the best found: usually after a few dozen placements instead of every one of them. That is
 * what lets the ruins grow beyond four sessions (issue 17).
 *
 * <p>Each placement is one {@code long}: cost (16 bits), then the numbers ({@link FactIds}) of timeslot, venue and
 * animator (16 bits each), so that the scan checks them against {@link LiveOccupancy}'s arrays without a look-up.
 * The kits the session could use at each venue are numbered too. Only the {@value #KEPT} cheapest placements are
 * kept, so that a large week's sessions (thousands of placements each) stay small in memory; {@link #truncated()}
 * says when some were left out.
 */
final class RankedPlacements {

    /** The cheapest placements kept per session. */
    static final int KEPT = 4096;

    private static final int BITS = 16;
    private static final long MASK = (1L << BITS) - 1;

    private final long[] packed;
    private final boolean truncated;
    /** Per venue number: the numbers of the kits the session can use there, or null when it needs none there. */
    private final int[][] kitsByVenue;

    private RankedPlacements(long[] packed, boolean truncated, int[][] kitsByVenue) {
        this.packed = packed;
        this.truncated = truncated;
        this.kitsByVenue = kitsByVenue;
    }

    static RankedPlacements of(SessionOptions o, FactIds ids) {
        Session s = o.session();
        int total = 0;
        for (int i = 0; i < o.slotCount(); i++) {
            total += o.venues(i).size() * o.animators(i).size();
        }
        if (Math.max(ids.timeslotCount(), Math.max(ids.venueCount(), ids.animatorCount())) > MASK) {
            throw new IllegalStateException("too many timeslots, venues or animators to rank for session " + s.getId());
        }
        long[] all = new long[total];
        int[][] kitsByVenue = new int[ids.venueCount()][];
        int n = 0;
        for (int i = 0; i < o.slotCount(); i++) {
            Timeslot t = o.slot(i);
            long slotCost = (s.getPreferredPeriod().contains(t) ? 0 : S4_PER_SESSION) + publishedSlot(s, t);
            List<Venue> venues = o.venues(i);
            List<Animator> animators = o.animators(i);
            long slotId = ids.of(t);
            int[] animatorIds = new int[animators.size()];
            for (int ai = 0; ai < animatorIds.length; ai++) {
                animatorIds[ai] = ids.of(animators.get(ai));
            }
            for (Venue v : venues) {
                int venueId = ids.of(v);
                if (kitsByVenue[venueId] == null && o.needsKit(v)) {
                    kitsByVenue[venueId] = o.kitsFor(v).stream().mapToInt(ids::of).toArray();
                }
                long venueCost = slotCost + S1_PER_HM * s.getCommune().distanceHm(v.getCommune())
                        + publishedVenue(s, v);
                for (int ai = 0; ai < animators.size(); ai++) {
                    Animator a = animators.get(ai);
                    long cost = venueCost + S2_PER_HM * a.getHomeCommune().distanceHm(v.getCommune())
                            + publishedAnimator(s, a);
                    all[n++] = (Math.min(cost, MASK) << (3 * BITS)) | (slotId << (2 * BITS))
                            | ((long) venueId << BITS) | animatorIds[ai];
                }
            }
        }
        Arrays.sort(all);
        boolean truncated = all.length > KEPT;
        return new RankedPlacements(truncated ? Arrays.copyOf(all, KEPT) : all, truncated, kitsByVenue);
    }

    private static long publishedSlot(Session s, Timeslot t) {
        PublishedAssignment p = s.getPublished();
        return p == null || p.sameTimeslot(t) ? 0 : S7_TIMESLOT;
    }

    private static long publishedVenue(Session s, Venue v) {
        PublishedAssignment p = s.getPublished();
        return p == null || p.sameVenue(v) ? 0 : S7_VENUE;
    }

    private static long publishedAnimator(Session s, Animator a) {
        PublishedAssignment p = s.getPublished();
        return p == null || p.sameAnimator(a) ? 0 : S7_ANIMATOR;
    }

    int size() { return packed.length; }

    /** Whether placements dearer than the last kept were left out. */
    boolean truncated() { return truncated; }

    /** The k-th cheapest placement's own cost (capped at 65,535, far above any real one). */
    long cost(int k) { return packed[k] >>> (3 * BITS); }

    /** The k-th cheapest placement's timeslot, venue and animator, as {@link FactIds} numbers. */
    int slot(int k) { return (int) ((packed[k] >>> (2 * BITS)) & MASK); }

    int venue(int k) { return (int) ((packed[k] >>> BITS) & MASK); }

    int animator(int k) { return (int) (packed[k] & MASK); }

    /** The kits the session can use at this venue (possibly none), or null when it needs no kit there. */
    int[] kitsAt(int venue) { return kitsByVenue[venue]; }
}
