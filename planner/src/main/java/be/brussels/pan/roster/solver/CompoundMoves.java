package be.brussels.pan.roster.solver;

import static be.brussels.pan.roster.solver.RosterConstraintProvider.S1_PER_HM;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S2_PER_HM;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S3_PER_PAIR;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S4_PER_SESSION;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S5_PER_SQUARED_SESSION;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_ANIMATOR;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_KIT;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_TIMESLOT;
import static be.brussels.pan.roster.solver.RosterConstraintProvider.S7_VENUE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * Moves that change several sessions at once, for the rosters where no single-session change improves (issue 17).
 *
 * <p>Why they are needed: on a small week every good place is taken. A session far from its demand commune can only
 * move closer if the session holding the close room goes elsewhere first, and each half of that exchange alone
 * costs a hard conflict (H2 rooms, H1 animator) or more distance. Single-session moves see only the halves, so
 * the search stops improving however long it runs. Two moves take both halves in one step:
 * <ul>
 *   <li>{@link #swapPlaces}: two sessions exchange their timeslot and venue, each keeping its animator where the
 *   animator can follow, otherwise taking a free qualified one;</li>
 *   <li>{@link #ruinAndRecreate}: a few related sessions (same timeslot, same venue or same animator) are taken out
 *   and placed again, one by one, each in the free placement that costs least, a greedy that sees the conflicts
 *   through {@link LiveOccupancy}, the same counters the construction heuristic's {@link Occupancy} keeps.</li>
 * </ul>
 * Both return a {@link PlaceSessionsMove}, judged by the full score like any other move; the cost estimate of the
 * recreate step only chooses which placement to propose.
 */
final class CompoundMoves {

    /** At most this many timeslots of a session are looked at when it is placed again (drawn at random). */
    static final int RECREATE_SLOTS = 8;

    /** Per cent of candidate placements the recreate step skips, for variety (see {@link #cheapestFree}). */
    static final int BLINK_PERCENT = 1;

    private final List<SessionOptions> movable;
    private final FactIds ids;
    private final LiveOccupancy occupancy;
    private final Random random;
    private final int blinkPercent;

    CompoundMoves(OptionIndex index, Random random) {
        this(index, random, BLINK_PERCENT);
    }

    /** With another blink rate: 0 for a test that compares the recreate step with a full scan. */
    CompoundMoves(OptionIndex index, Random random, int blinkPercent) {
        this.movable = index.movable();
        this.ids = index.ids();
        this.occupancy = index.occupancy();
        this.random = random;
        this.blinkPercent = blinkPercent;
    }

    /**
     * Exchanges the timeslot and venue of two assigned sessions, or null when either cannot use the other's (a
     * venue unsuitable or closed, no qualified animator free then). Kits follow the venue's need.
     */
    PlaceSessionsMove swapPlaces(SessionOptions o1) {
        Session s1 = o1.session();
        SessionOptions o2 = movable.get(random.nextInt(movable.size()));
        Session s2 = o2.session();
        if (s1 == s2 || !s1.isAssigned() || !s2.isAssigned()
                || (s1.getTimeslot() == s2.getTimeslot() && s1.getVenue() == s2.getVenue())) {
            return null;
        }
        SessionPlacement p1 = takeOver(o1, s2.getTimeslot(), s2.getVenue(), s1, s2);
        SessionPlacement p2 = p1 == null ? null : takeOver(o2, s1.getTimeslot(), s1.getVenue(), s2, s1);
        if (p2 == null) {
            return null;
        }
        return new PlaceSessionsMove("swapPlaces", List.of(s1, s2), List.of(p1, p2));
    }

    /**
     * The placement of {@code self} at {@code other}'s timeslot and venue: its own animator if qualified and free
     * there (the animator of {@code other} counts as free, as {@code other} leaves), else {@code other}'s animator,
     * else none (null).
     */
    private SessionPlacement takeOver(SessionOptions o, Timeslot t, Venue v, Session self, Session other) {
        int i = o.indexOf(t);
        if (i < 0 || !o.venues(i).contains(v)) {
            return null;
        }
        List<Animator> qualified = o.animators(i);
        Animator a;
        if (qualified.contains(self.getAnimator()) && (t == self.getTimeslot() || self.getAnimator() == other.getAnimator()
                || !busyElsewhere(self.getAnimator(), t, self, other))) {
            a = self.getAnimator();
        } else if (qualified.contains(other.getAnimator())) {
            a = other.getAnimator();
        } else {
            return null;
        }
        Kit kit = null;
        if (o.needsKit(v)) {
            List<Kit> kits = o.kitsFor(v);
            if (kits.isEmpty()) {
                return null;
            }
            // The kit the venue's previous session used at that time is free once it leaves.
            kit = kits.contains(other.getKit()) ? other.getKit()
                    : kits.contains(self.getKit()) ? self.getKit() : kits.get(random.nextInt(kits.size()));
        }
        return new SessionPlacement(t, v, a, kit);
    }

    /** Whether the animator holds another session than these two at {@code t}. */
    private boolean busyElsewhere(Animator a, Timeslot t, Session self, Session other) {
        for (SessionOptions o : movable) {
            Session s = o.session();
            if (s != self && s != other && s.getAnimator() == a && s.getTimeslot() == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes out {@code seed} and up to {@code size - 1} sessions related to it (same timeslot, venue or animator,
     * or any session when none is), then places them again in random order, each in its cheapest free placement;
     * one that finds none stays unassigned. Null when nothing would change.
     */
    PlaceSessionsMove ruinAndRecreate(SessionOptions seed, int size) {
        List<SessionOptions> ruined = related(seed, size);
        occupancy.sync();
        for (SessionOptions o : ruined) {
            occupancy.remove(o.session());
        }
        List<SessionPlacement> placements = new ArrayList<>();
        List<Session> order = new ArrayList<>();
        try {
            Collections.shuffle(ruined, random);
            for (SessionOptions o : ruined) {
                SessionPlacement p = cheapestFree(o);
                order.add(o.session());
                if (p == null) {
                    placements.add(SessionPlacement.UNASSIGNED);
                    continue;
                }
                placements.add(p);
                // What the next ones see: this session as placed.
                occupancy.add(ids.of(p.timeslot()), ids.of(p.venue()), ids.of(p.animator()), kitId(p.kit()));
            }
        } finally {
            // The move is only proposed: the counters go back to the working solution as it is.
            for (SessionPlacement p : placements) {
                if (p != SessionPlacement.UNASSIGNED) {
                    occupancy.subtract(ids.of(p.timeslot()), ids.of(p.venue()), ids.of(p.animator()), kitId(p.kit()));
                }
            }
            for (SessionOptions o : ruined) {
                occupancy.restore(o.session());
            }
        }
        PlaceSessionsMove move = new PlaceSessionsMove("ruinAndRecreate", order, placements);
        for (int i = 0; i < order.size(); i++) {
            if (!placements.get(i).sameAs(order.get(i))) {
                return move;
            }
        }
        return null;
    }

    private int kitId(Kit kit) {
        return kit == null ? -1 : ids.of(kit);
    }

    /** The seed and sessions sharing its timeslot, venue or animator (all movable sessions when none does). */
    private List<SessionOptions> related(SessionOptions seed, int size) {
        Session s = seed.session();
        List<SessionOptions> near = new ArrayList<>();
        for (SessionOptions o : movable) {
            Session x = o.session();
            if (x != s && s.isAssigned() && x.isAssigned() && (x.getTimeslot() == s.getTimeslot()
                    || x.getVenue() == s.getVenue() || x.getAnimator() == s.getAnimator())) {
                near.add(o);
            }
        }
        if (near.isEmpty()) {
            near.addAll(movable);
            near.remove(seed);
        }
        Collections.shuffle(near, random);
        List<SessionOptions> ruined = new ArrayList<>();
        ruined.add(seed);
        ruined.addAll(near.subList(0, Math.min(size - 1, near.size())));
        return ruined;
    }

    /**
     * The free placement of the session that costs least by its own soft terms (S1, S2, S4, the added S5, S3
     * against the kits' other sessions that day, S7 for a published session), or null when none is free. It scans
     * the session's {@link RankedPlacements} and stops once a placement's own cost plus the least S5 an added
     * session costs reaches the best found. Each candidate is skipped with a small probability,
     * {@value #BLINK_PERCENT} %, so that the same ruin does not always rebuild the same roster ("blinks", after
     * Christiaens and Vanden Berghe's SISRs, 2020). When the ranking was cut short and none of it is free, the
     * rest is sampled over {@value #RECREATE_SLOTS} timeslots.
     */
    private SessionPlacement cheapestFree(SessionOptions o) {
        Session s = o.session();
        RankedPlacements ranked = o.ranked(ids);
        int bestSlot = -1;
        int bestVenue = -1;
        int bestAnimator = -1;
        int bestKit = -1;
        long bestCost = Long.MAX_VALUE;
        for (int k = 0; k < ranked.size(); k++) {
            long own = ranked.cost(k);
            if (own + S5_PER_SQUARED_SESSION >= bestCost) {
                break; // every later placement costs at least this much
            }
            int t = ranked.slot(k);
            int v = ranked.venue(k);
            int a = ranked.animator(k);
            int n = occupancy.load(a);
            if (occupancy.roomsFull(v, t) || occupancy.animatorBusy(a, t) || n >= occupancy.maxSessions(a)) {
                continue;
            }
            long withoutKit = own + S5_PER_SQUARED_SESSION * (2L * n + 1);
            if (withoutKit >= bestCost) {
                continue; // a kit only adds to it: no need to choose one
            }
            int kit = -1;
            long kitCost = 0;
            int[] kits = ranked.kitsAt(v);
            if (kits != null) {
                kit = cheapestFreeKit(kits, t, v);
                if (kit < 0) {
                    continue;
                }
                kitCost = kitTravel(kit, t, v) + publishedKit(s.getPublished(), ids.kit(kit));
            }
            long cost = withoutKit + kitCost;
            if (cost < bestCost && (blinkPercent == 0 || random.nextInt(100) >= blinkPercent)) {
                bestCost = cost;
                bestSlot = t;
                bestVenue = v;
                bestAnimator = a;
                bestKit = kit;
            }
        }
        if (bestSlot >= 0) {
            return new SessionPlacement(ids.timeslot(bestSlot), ids.venue(bestVenue), ids.animator(bestAnimator),
                    bestKit < 0 ? null : ids.kit(bestKit));
        }
        return ranked.truncated() ? sampledCheapestFree(o, ranked) : null;
    }

    /** {@link #cheapestFree} by a full scan of up to {@value #RECREATE_SLOTS} timeslots drawn at random. */
    private SessionPlacement sampledCheapestFree(SessionOptions o, RankedPlacements ranked) {
        Session s = o.session();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < o.slotCount(); i++) {
            slots.add(i);
        }
        if (slots.size() > RECREATE_SLOTS) {
            Collections.shuffle(slots, random);
            slots = slots.subList(0, RECREATE_SLOTS);
        }
        SessionPlacement best = null;
        long bestCost = Long.MAX_VALUE;
        for (int i : slots) {
            Timeslot t = o.slot(i);
            int slot = ids.of(t);
            long slotCost = s.getPreferredPeriod().contains(t) ? 0 : S4_PER_SESSION;
            for (Venue v : o.venues(i)) {
                int venue = ids.of(v);
                if (occupancy.roomsFull(venue, slot)) {
                    continue;
                }
                int kit = -1;
                long kitCost = 0;
                int[] kits = ranked.kitsAt(venue);
                if (kits != null) {
                    kit = cheapestFreeKit(kits, slot, venue);
                    if (kit < 0) {
                        continue;
                    }
                    kitCost = kitTravel(kit, slot, venue);
                }
                long venueCost = slotCost + kitCost + S1_PER_HM * s.getCommune().distanceHm(v.getCommune());
                for (Animator a : o.animators(i)) {
                    int animator = ids.of(a);
                    int n = occupancy.load(animator);
                    if (occupancy.animatorBusy(animator, slot) || n >= occupancy.maxSessions(animator)) {
                        continue;
                    }
                    Kit k = kit < 0 ? null : ids.kit(kit);
                    long cost = venueCost + S2_PER_HM * a.getHomeCommune().distanceHm(v.getCommune())
                            + S5_PER_SQUARED_SESSION * (2L * n + 1) + changeCost(s.getPublished(), t, v, a, k);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new SessionPlacement(t, v, a, k);
                    }
                }
            }
        }
        return best;
    }

    /** The free kit of {@code kits} (numbers) with the least S3 at this slot and venue, or -1 when all are out. */
    private int cheapestFreeKit(int[] kits, int slot, int venue) {
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int k : kits) {
            if (occupancy.kitBusy(k, slot)) {
                continue;
            }
            long cost = kitTravel(k, slot, venue);
            if (cost == 0) {
                return k; // none cheaper: the first of the least, as the full loop would pick
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = k;
            }
        }
        return best;
    }

    /** S3: the kit's other sessions that day held in another commune. */
    private long kitTravel(int kit, int slot, int venue) {
        return S3_PER_PAIR * occupancy.kitElsewhere(kit, slot, venue);
    }

    /** S7's kit part for a published session given this kit (0 for a session that was not published). */
    private static long publishedKit(PublishedAssignment p, Kit k) {
        return p == null || p.sameKit(k) ? 0 : S7_KIT;
    }

    /** S7 of a published session placed so (0 for a session that was not published). */
    private static long changeCost(PublishedAssignment p, Timeslot t, Venue v, Animator a, Kit k) {
        if (p == null) {
            return 0;
        }
        return (p.sameTimeslot(t) ? 0 : S7_TIMESLOT) + (p.sameVenue(v) ? 0 : S7_VENUE)
                + (p.sameAnimator(a) ? 0 : S7_ANIMATOR) + (p.sameKit(k) ? 0 : S7_KIT);
    }
}
