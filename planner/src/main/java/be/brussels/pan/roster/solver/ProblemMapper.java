package be.brussels.pan.roster.solver;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Commune;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.PinnedAssignment;
import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;

/**
 * Builds the planning model from a validated problem; pinned sessions get their assignment applied, and published
 * sessions (a re-plan) start where they were published when the problem still allows it ({@link PublishedPlan}).
 */
public final class ProblemMapper {

    private ProblemMapper() {
    }

    public static Roster toRoster(ProblemJson p) {
        Map<String, Commune> communes = new LinkedHashMap<>();
        for (CommuneJson c : p.communes()) {
            communes.put(c.code(), new Commune(c.code(), c.name(), c.lat(), c.lon()));
        }
        Map<String, Timeslot> slots = new LinkedHashMap<>();
        for (TimeslotJson t : p.timeslots()) {
            slots.put(t.id(), new Timeslot(t.id(), t.day(), LocalTime.parse(t.start()), LocalTime.parse(t.end())));
        }
        Map<String, Venue> venues = new LinkedHashMap<>();
        for (VenueJson v : p.venues()) {
            venues.put(v.id(), new Venue(v.id(), v.name(), v.kind(), communes.get(v.commune()), v.seats(),
                    v.rooms() == null ? 1 : v.rooms(), isTrue(v.accessible()), isTrue(v.startDigital()),
                    resolve(v.open(), slots)));
        }
        Map<String, Animator> animators = new LinkedHashMap<>();
        for (AnimatorJson a : p.animators()) {
            animators.put(a.id(), new Animator(a.id(), a.name(), communes.get(a.homeCommune()),
                    new LinkedHashSet<>(a.languages()), a.skills().isEmpty() ? Set.of() : EnumSet.copyOf(a.skills()),
                    a.maxSessions(), resolve(a.available(), slots)));
        }
        Map<String, Kit> kits = new LinkedHashMap<>();
        for (KitJson k : p.kits()) {
            kits.put(k.id(), new Kit(k.id(), k.name(), venues.get(k.homeVenue()), k.devices(), isTrue(k.braille())));
        }
        List<Session> sessions = new ArrayList<>();
        for (SessionJson s : p.sessions()) {
            Session session = new Session(s.id(), s.kind(), s.language(), s.targetGroup(),
                    s.requiredSkills() == null || s.requiredSkills().isEmpty() ? Set.of()
                            : EnumSet.copyOf(s.requiredSkills()),
                    s.participants(), communes.get(s.commune()), isTrue(s.mobile()), isTrue(s.accessibleRequired()),
                    isTrue(s.needsBraille()), s.preferredPeriod() == null ? Period.ANY : s.preferredPeriod(),
                    s.priority());
            if (s.pinned() != null) {
                AssignmentJson pin = s.pinned();
                session.pin(new PinnedAssignment(slots.get(pin.timeslot()), venues.get(pin.venue()),
                        animators.get(pin.animator()), pin.kit() == null ? null : kits.get(pin.kit())));
            }
            if (s.published() != null) {
                // An id this problem no longer has resolves to null: PublishedPlan reports it.
                AssignmentJson pub = s.published();
                session.publish(new PublishedAssignment(pub.timeslot(), pub.venue(), pub.animator(), pub.kit(),
                        slots.get(pub.timeslot()), venues.get(pub.venue()), animators.get(pub.animator()),
                        pub.kit() == null ? null : kits.get(pub.kit()), s.hasLock()));
            }
            sessions.add(session);
        }
        Roster roster = new Roster(p.id(), new ArrayList<>(communes.values()), new ArrayList<>(slots.values()),
                new ArrayList<>(venues.values()), new ArrayList<>(animators.values()), new ArrayList<>(kits.values()),
                sessions);
        PublishedPlan.apply(roster);
        return roster;
    }

    private static Set<Timeslot> resolve(List<String> ids, Map<String, Timeslot> slots) {
        Set<Timeslot> set = new LinkedHashSet<>();
        ids.forEach(id -> set.add(slots.get(id)));
        return set;
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
