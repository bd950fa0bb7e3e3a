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
 * <p>Each placement is one {@code long}: cost (16 bits), then the indexes of timeslot, venue and animator in
 * {@link SessionOptions} (16 bits each). Only the {@value #KEPT} cheapest are kept, so that a large week's sessions
 * (thousands of placements each) stay small in memory; {@link #truncated()} says when some were left out.
 */
final class RankedPlacements {

    /** The cheapest placements kept per session. */
    static final int KEPT = 4096;

    private static final int BITS = 16;
    private static final long MASK = (1L << BITS) - 1;

    private final long[] packed;
    private final boolean truncated;

    private RankedPlacements(long[] packed, boolean truncated) {
        this.packed = packed;
        this.truncated = truncated;
    }

    static RankedPlacements of(SessionOptions o) {
        Session s = o.session();
        int total = 0;
        for (int i = 0; i < o.slotCount(); i++) {
            total += o.venues(i).size() * o.animators(i).size();
        }
        long[] all = new long[total];
        int n = 0;
        for (int i = 0; i < o.slotCount(); i++) {
            Timeslot t = o.slot(i);
            long slotCost = (s.getPreferredPeriod().contains(t) ? 0 : S4_PER_SESSION) + publishedSlot(s, t);
            List<Venue> venues = o.venues(i);
            List<Animator> animators = o.animators(i);
            if (i > MASK || venues.size() > MASK || animators.size() > MASK) {
                throw new IllegalStateException("too many options to rank for session " + s.getId());
            }
            for (int vi = 0; vi < venues.size(); vi++) {
                Venue v = venues.get(vi);
                long venueCost = slotCost + S1_PER_HM * s.getCommune().distanceHm(v.getCommune())
                        + publishedVenue(s, v);
                for (int ai = 0; ai < animators.size(); ai++) {
                    Animator a = animators.get(ai);
                    long cost = venueCost + S2_PER_HM * a.getHomeCommune().distanceHm(v.getCommune())
                            + publishedAnimator(s, a);
                    all[n++] = (Math.min(cost, MASK) << (3 * BITS)) | ((long) i << (2 * BITS))
                            | ((long) vi << BITS) | ai;
                }
            }
        }
        Arrays.sort(all);
        boolean truncated = all.length > KEPT;
        return new RankedPlacements(truncated ? Arrays.copyOf(all, KEPT) : all, truncated);
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

    int slotIndex(int k) { return (int) ((packed[k] >>> (2 * BITS)) & MASK); }

    int venueIndex(int k) { return (int) ((packed[k] >>> BITS) & MASK); }

    int animatorIndex(int k) { return (int) (packed[k] & MASK); }
}
