package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * What one session could be given without looking at other sessions: the venues, animators and kits that
 * satisfy the per-session hard constraints H4–H11 ({@link Feasibility}), grouped by timeslot. Moves and the
 * construction heuristic draw from these lists so that they only ever try combinations that can be feasible; the
 * conflicts between sessions (H1–H3, H12) are left to the score.
 */
public final class SessionOptions {

    private final Session session;
    private final List<Timeslot> slots = new ArrayList<>();
    private final List<List<Venue>> venuesBySlot = new ArrayList<>();
    private final List<List<Animator>> animatorsBySlot = new ArrayList<>();
    private final List<Kit> kits;
    private final List<Venue> suitableVenues;
    private final List<Animator> qualifiedAnimators;
    /** {@link #kitsFor} per venue: the recreate step asks for it at every venue it tries. */
    private final Map<Venue, List<Kit>> kitsByVenue = new ConcurrentHashMap<>();
    /** Built when first asked for: only the sessions a ruin takes out need it. */
    private volatile RankedPlacements ranked;

    SessionOptions(Session session, List<Timeslot> timeslots, List<Venue> venues, List<Animator> animators,
                   List<Kit> allKits) {
        this.session = session;
        this.kits = allKits.stream().filter(k -> Feasibility.kitHasBrailleIfNeeded(session, k)).toList();
        // A venue suits when it passes H8–H11 with the best kit it could get: one with the most devices.
        Kit largestKit = kits.stream().max(Comparator.comparingInt(Kit::getDevices)).orElse(null);
        this.suitableVenues = venues.stream().filter(v -> Feasibility.venueAndKitSuit(session, v, largestKit))
                .toList();
        this.qualifiedAnimators = animators.stream()
                .filter(a -> Feasibility.animatorSpeaksLanguage(session, a) && Feasibility.animatorHasSkills(session, a))
                .toList();
        for (Timeslot slot : timeslots) {
            List<Venue> open = suitableVenues.stream().filter(v -> Feasibility.venueIsOpen(v, slot)).toList();
            List<Animator> free = qualifiedAnimators.stream().filter(a -> Feasibility.animatorIsAvailable(a, slot))
                    .toList();
            if (!open.isEmpty() && !free.isEmpty()) {
                slots.add(slot);
                venuesBySlot.add(open);
                animatorsBySlot.add(free);
            }
        }
    }

    /** A kit is needed when, without one, the session breaks H8, H9 or H10 at this venue. */
    public boolean needsKit(Venue venue) {
        return Feasibility.needsKit(session, venue);
    }

    /** Kits that can serve the session at this venue (braille if needed, enough devices: H8, H10). */
    public List<Kit> kitsFor(Venue venue) {
        return kitsByVenue.computeIfAbsent(venue, this::suitableKits);
    }

    private List<Kit> suitableKits(Venue venue) {
        if (Feasibility.seatsSuffice(session, venue, null)) {
            return kits;
        }
        return kits.stream().filter(k -> Feasibility.seatsSuffice(session, venue, k)).toList();
    }

    /**
     * The session's placements by their own soft cost, cheapest first, in the numbers of {@code ids} (built once, on
     * first use; a session's options belong to one roster, so always with that roster's numbers).
     */
    RankedPlacements ranked(FactIds ids) {
        RankedPlacements r = ranked;
        if (r == null) {
            r = RankedPlacements.of(this, ids);
            ranked = r;
        }
        return r;
    }

    public Session session() { return session; }
    /** Kits the session can use at all (braille when it needs braille, H10). */
    public List<Kit> kits() { return kits; }
    /** Venues that pass H8–H11 whatever the slot. */
    public List<Venue> suitableVenues() { return suitableVenues; }
    /** Animators who speak the language and have the skills (H5, H6), whatever the slot. */
    public List<Animator> qualifiedAnimators() { return qualifiedAnimators; }
    public List<Timeslot> slots() { return Collections.unmodifiableList(slots); }
    public int slotCount() { return slots.size(); }
    public Timeslot slot(int i) { return slots.get(i); }
    public List<Venue> venues(int slotIndex) { return venuesBySlot.get(slotIndex); }
    public List<Animator> animators(int slotIndex) { return animatorsBySlot.get(slotIndex); }

    /** Index of a timeslot in {@link #slots()}, or -1 when the session cannot use it. */
    public int indexOf(Timeslot slot) {
        return slots.indexOf(slot);
    }
}
