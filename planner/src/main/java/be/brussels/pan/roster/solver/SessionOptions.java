package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.domain.VenueKind;

/**
 * What one session could be given without looking at other sessions: the venues, animators and kits that
 * satisfy the per-session hard constraints H4–H11, grouped by timeslot. Moves and the construction heuristic
 * draw from these lists so that they only ever try combinations that can be feasible; the conflicts between
 * sessions (H1–H3, H12) are left to the score.
 */
public final class SessionOptions {

    private final Session session;
    private final List<Timeslot> slots = new ArrayList<>();
    private final List<List<Venue>> venuesBySlot = new ArrayList<>();
    private final List<List<Animator>> animatorsBySlot = new ArrayList<>();
    private final List<Kit> kits;
    private final List<Venue> suitableVenues;
    private final List<Animator> qualifiedAnimators;

    SessionOptions(Session session, List<Timeslot> timeslots, List<Venue> venues, List<Animator> animators,
                   List<Kit> allKits) {
        this.session = session;
        this.kits = allKits.stream().filter(k -> !session.isNeedsBraille() || k.isBraille()).toList();
        int maxDevices = kits.stream().mapToInt(Kit::getDevices).max().orElse(0);
        this.suitableVenues = venues.stream().filter(v -> venueFits(session, v, maxDevices, !kits.isEmpty()))
                .toList();
        this.qualifiedAnimators = animators.stream()
                .filter(a -> a.speaks(session.getLanguage()) && a.hasSkills(session.getRequiredSkills()))
                .toList();
        for (Timeslot slot : timeslots) {
            List<Venue> open = suitableVenues.stream().filter(v -> v.isOpen(slot)).toList();
            List<Animator> free = qualifiedAnimators.stream().filter(a -> a.isAvailable(slot)).toList();
            if (!open.isEmpty() && !free.isEmpty()) {
                slots.add(slot);
                venuesBySlot.add(open);
                animatorsBySlot.add(free);
            }
        }
    }

    /** H8–H11 for one venue, assuming the best kit could be added when a kit is possible at all. */
    private static boolean venueFits(Session s, Venue v, int maxKitDevices, boolean anyKit) {
        if (s.isMobile() && (v.getKind() != VenueKind.PARTNER_SITE || !anyKit)) {
            return false;
        }
        if (s.isAccessibleRequired() && !v.isAccessible()) {
            return false;
        }
        if (s.isNeedsBraille() && !anyKit) {
            return false;
        }
        if (s.getKind() == SessionKind.START_DIGITAL && !v.isStartDigital()) {
            return false;
        }
        return s.getParticipants() <= (long) v.getSeats() + (anyKit ? maxKitDevices : 0); // long: no overflow
    }

    /** A kit is needed when the contract demands one (H9, H10) or the venue lacks seats (H8). */
    public boolean needsKit(Venue venue) {
        return session.isMobile() || session.isNeedsBraille() || session.getParticipants() > venue.getSeats();
    }

    /** Kits that can serve the session at this venue (braille if needed, enough devices). */
    public List<Kit> kitsFor(Venue venue) {
        int missing = session.getParticipants() - venue.getSeats();
        if (missing <= 0) {
            return kits;
        }
        return kits.stream().filter(k -> k.getDevices() >= missing).toList();
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
