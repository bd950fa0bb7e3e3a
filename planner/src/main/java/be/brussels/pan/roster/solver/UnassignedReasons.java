package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * Explains why a session stayed unassigned by analysing the problem for that session, from the most basic
 * cause to the most contingent: nobody qualified (H5/H6), no suitable venue or kit (H8–H11), no slot where a
 * suitable venue is open and a qualified animator available (H4/H7), every qualified animator full (H12), or
 * every compatible combination already used by other sessions (H1/H2/H3). Each reason names its constraints.
 */
public final class UnassignedReasons {

    private static final int MAX_NAMED = 5;

    private final Roster roster;
    private final Map<Animator, Integer> load = new HashMap<>();
    private final Map<Timeslot, Map<Object, Integer>> use = new HashMap<>();

    public UnassignedReasons(Roster roster) {
        this.roster = roster;
        for (Session s : roster.getSessions()) {
            if (s.isAssigned()) {
                load.merge(s.getAnimator(), 1, Integer::sum);
                Map<Object, Integer> inSlot = use.computeIfAbsent(s.getTimeslot(), t -> new HashMap<>());
                inSlot.merge(s.getAnimator(), 1, Integer::sum);
                inSlot.merge(s.getVenue(), 1, Integer::sum);
                if (s.getKit() != null) {
                    inSlot.merge(s.getKit(), 1, Integer::sum);
                }
            }
        }
    }

    public List<String> explain(Session s) {
        List<String> reasons = new ArrayList<>();
        List<Animator> speakers = roster.getAnimators().stream().filter(a -> a.speaks(s.getLanguage())).toList();
        List<Animator> qualified = speakers.stream().filter(a -> a.hasSkills(s.getRequiredSkills())).toList();
        if (speakers.isEmpty()) {
            reasons.add("H5: no animator speaks " + s.getLanguage());
        } else if (qualified.isEmpty()) {
            reasons.add("H5/H6: no animator speaks " + s.getLanguage() + " and has skills "
                    + skills(s));
        }
        List<Kit> kits = roster.getKits().stream().filter(k -> !s.isNeedsBraille() || k.isBraille()).toList();
        if (s.isNeedsBraille() && kits.isEmpty()) {
            reasons.add("H10: no kit has a braille keyboard");
        } else if (s.isMobile() && kits.isEmpty()) {
            reasons.add("H9: a mobile session needs a kit and the problem has none");
        }
        int maxDevices = kits.stream().mapToInt(Kit::getDevices).max().orElse(0);
        List<Venue> venues = roster.getVenues().stream()
                .filter(v -> SessionOptions.venueFits(s, v, maxDevices, !kits.isEmpty())).toList();
        if (venues.isEmpty()) {
            reasons.add("H8-H11: no venue is " + venueNeeds(s) + " with room for " + s.getParticipants()
                    + " participants" + (kits.isEmpty() ? "" : " (even with the largest suitable kit)"));
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        SessionOptions options = new SessionOptions(s, roster.getTimeslots(), roster.getVenues(),
                roster.getAnimators(), roster.getKits());
        if (options.slotCount() == 0) {
            reasons.add("H4/H7: no " + venueNeeds(s) + " venue is open in a slot where a qualified animator ("
                    + names(qualified) + ") is available");
            return reasons;
        }
        Set<Animator> candidates = new LinkedHashSet<>();
        for (int i = 0; i < options.slotCount(); i++) {
            candidates.addAll(options.animators(i));
        }
        if (candidates.stream().allMatch(a -> load.getOrDefault(a, 0) >= a.getMaxSessions())) {
            reasons.add("H12: every qualified animator available in a compatible slot (" + names(candidates)
                    + ") has reached maxSessions");
            return reasons;
        }
        reasons.add(takenSlots(options));
        return reasons;
    }

    /** Counts, over every compatible (timeslot, venue, animator), what blocks it in the final roster. */
    private String takenSlots(SessionOptions o) {
        int combos = 0;
        int animatorBusy = 0;
        int venueFull = 0;
        int kitBusy = 0;
        int animatorFull = 0;
        String free = null;
        for (int i = 0; i < o.slotCount(); i++) {
            Timeslot t = o.slot(i);
            for (Venue v : o.venues(i)) {
                boolean roomFull = used(v, t) >= v.getRooms();
                boolean noKit = o.needsKit(v) && o.kitsFor(v).stream().allMatch(k -> used(k, t) > 0);
                for (Animator a : o.animators(i)) {
                    combos++;
                    boolean busy = used(a, t) > 0;
                    boolean full = load.getOrDefault(a, 0) >= a.getMaxSessions();
                    animatorBusy += busy ? 1 : 0;
                    venueFull += roomFull ? 1 : 0;
                    kitBusy += noKit ? 1 : 0;
                    animatorFull += full ? 1 : 0;
                    if (!busy && !full && !roomFull && !noKit && free == null) {
                        free = t.getId() + " at " + v.getId() + " with " + a.getId();
                    }
                }
            }
        }
        if (free != null) {
            return "not blocked by a hard constraint: a free combination exists (e.g. " + free
                    + "); the solver stopped before placing it - give it more time";
        }
        return "H1/H2/H3/H12: all compatible slots are taken - of " + combos
                + " (timeslot, venue, qualified animator) combinations, the animator is busy in " + animatorBusy
                + " (H1), the venue's rooms are full in " + venueFull + " (H2), no suitable kit is free in "
                + kitBusy + " (H3), the animator has reached maxSessions in " + animatorFull + " (H12)";
    }

    private int used(Object resource, Timeslot t) {
        Map<Object, Integer> inSlot = use.get(t);
        return inSlot == null ? 0 : inSlot.getOrDefault(resource, 0);
    }

    private static String skills(Session s) {
        return s.getRequiredSkills().isEmpty() ? "(none)"
                : s.getRequiredSkills().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String venueNeeds(Session s) {
        List<String> needs = new ArrayList<>();
        if (s.isMobile()) {
            needs.add("a PARTNER_SITE");
        }
        if (s.isAccessibleRequired()) {
            needs.add("accessible");
        }
        if (s.getKind() == SessionKind.START_DIGITAL) {
            needs.add("startDigital");
        }
        return needs.isEmpty() ? "suitable" : String.join(", ", needs);
    }

    private static String names(java.util.Collection<Animator> animators) {
        String head = animators.stream().limit(MAX_NAMED).map(Animator::getId).collect(Collectors.joining(", "));
        return animators.size() > MAX_NAMED ? head + " and " + (animators.size() - MAX_NAMED) + " more" : head;
    }
}
