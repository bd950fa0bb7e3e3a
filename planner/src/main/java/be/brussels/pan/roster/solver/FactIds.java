package be.brussels.pan.roster.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Commune;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * A number for each timeslot, venue, animator and kit of one roster (its position in the roster's list), and for
 * each commune a venue is in. The recreate step of {@link CompoundMoves#ruinAndRecreate} counts who is used when
 * in arrays indexed by these numbers ({@link LiveOccupancy}) rather than in hash maps keyed by the facts: on an M
 * week the hash look-ups were most of the second phase's time, which then ran at a third of the first phase's
 * speed (issue 17).
 */
final class FactIds {

    private final List<Timeslot> timeslots;
    private final List<Venue> venues;
    private final List<Animator> animators;
    private final List<Kit> kits;
    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final int[] dayOfSlot;
    private final int[] communeOfVenue;
    private final int communeCount;

    FactIds(Roster roster) {
        this.timeslots = List.copyOf(roster.getTimeslots());
        this.venues = List.copyOf(roster.getVenues());
        this.animators = List.copyOf(roster.getAnimators());
        this.kits = List.copyOf(roster.getKits());
        number(this.timeslots);
        number(this.venues);
        number(this.animators);
        number(this.kits);
        dayOfSlot = new int[this.timeslots.size()];
        for (int t = 0; t < dayOfSlot.length; t++) {
            dayOfSlot[t] = this.timeslots.get(t).getDay().ordinal();
        }
        Map<Commune, Integer> communes = new IdentityHashMap<>();
        communeOfVenue = new int[this.venues.size()];
        for (int v = 0; v < communeOfVenue.length; v++) {
            communeOfVenue[v] = communes.computeIfAbsent(this.venues.get(v).getCommune(), c -> communes.size());
        }
        communeCount = communes.size();
    }

    private void number(List<?> facts) {
        for (int i = 0; i < facts.size(); i++) {
            ids.put(facts.get(i), i);
        }
    }

    /** The number of a timeslot, venue, animator or kit of this roster. */
    int of(Object fact) {
        Integer id = ids.get(fact);
        if (id == null) {
            throw new IllegalArgumentException("not a fact of this roster: " + fact);
        }
        return id;
    }

    Timeslot timeslot(int id) { return timeslots.get(id); }
    Venue venue(int id) { return venues.get(id); }
    Animator animator(int id) { return animators.get(id); }
    Kit kit(int id) { return kits.get(id); }

    int timeslotCount() { return timeslots.size(); }
    int venueCount() { return venues.size(); }
    int animatorCount() { return animators.size(); }
    int kitCount() { return kits.size(); }
    int communeCount() { return communeCount; }

    /** The day of a timeslot, as its ordinal. */
    int dayOf(int slot) { return dayOfSlot[slot]; }

    /** The number of a venue's commune (among the communes of the roster's venues). */
    int communeOf(int venue) { return communeOfVenue[venue]; }
}
