package be.brussels.pan.roster.solver;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Commune;
import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.domain.VenueKind;

/** A tiny world for constraint tests: two communes, three slots, two venues, two animators, two kits. */
final class Fixtures {
    final Commune molenbeek = new Commune("21012", "Molenbeek-Saint-Jean", 50.85, 4.3167);
    final Commune ixelles = new Commune("21009", "Ixelles", 50.8333, 4.3667);
    final Timeslot mon1 = new Timeslot("MON-1", Day.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 30));
    final Timeslot mon5 = new Timeslot("MON-5", Day.MONDAY, LocalTime.of(17, 30), LocalTime.of(19, 0));
    final Timeslot sat1 = new Timeslot("SAT-1", Day.SATURDAY, LocalTime.of(9, 30), LocalTime.of(11, 0));
    /** EPN in Molenbeek: 10 seats, 1 room, accessible, Start Digital, open in all three slots. */
    final Venue epn = new Venue("epn", "EPN", VenueKind.EPN, molenbeek, 10, 1, true, true, Set.of(mon1, mon5, sat1));
    /** Partner site in Ixelles: 4 seats, 2 rooms, not accessible, open on Monday morning only. */
    final Venue partner = new Venue("partner", "Partner", VenueKind.PARTNER_SITE, ixelles, 4, 2, false, false,
            Set.of(mon1));
    /** Anna: Molenbeek, fr+ar, START_DIGITAL+SENIORS, at most 2 sessions, available in all slots. */
    final Animator anna = new Animator("anna", "Anna", molenbeek, Set.of("fr", "ar"),
            Set.of(Skill.START_DIGITAL, Skill.SENIORS), 2, Set.of(mon1, mon5, sat1));
    /** Bob: Ixelles, nl only, no skill, at most 1 session, Monday morning only. */
    final Animator bob = new Animator("bob", "Bob", ixelles, Set.of("nl"), Set.of(), 1, Set.of(mon1));
    final Kit kitA = new Kit("kitA", "Kit A", epn, 8, false);
    final Kit kitB = new Kit("kitB", "Kit B", epn, 6, true);

    List<Object> facts() {
        return List.of(molenbeek, ixelles, mon1, mon5, sat1, epn, partner, anna, bob, kitA, kitB);
    }

    /** A French workshop for 6 in Molenbeek, no special need, any period, priority 2. */
    static Builder session(String id) {
        return new Builder(id);
    }

    static final class Builder {
        private final String id;
        private SessionKind kind = SessionKind.WORKSHOP;
        private String language = "fr";
        private Set<Skill> skills = Set.of();
        private int participants = 6;
        private Commune commune;
        private boolean mobile;
        private boolean accessible;
        private boolean braille;
        private Period period = Period.ANY;
        private int priority = 2;

        Builder(String id) {
            this.id = id;
        }

        Builder kind(SessionKind k) { kind = k; return this; }
        Builder language(String l) { language = l; return this; }
        Builder skills(Skill... s) { skills = Set.of(s); return this; }
        Builder participants(int p) { participants = p; return this; }
        Builder commune(Commune c) { commune = c; return this; }
        Builder mobile() { mobile = true; return this; }
        Builder accessible() { accessible = true; return this; }
        Builder braille() { braille = true; return this; }
        Builder period(Period p) { period = p; return this; }
        Builder priority(int p) { priority = p; return this; }

        Session unassigned(Commune defaultCommune) {
            return new Session(id, kind, language, "JOB_SEEKERS", skills, participants,
                    commune == null ? defaultCommune : commune, mobile, accessible, braille, period, priority);
        }
    }

    /** Published at these facts (all in the problem), locked or not. */
    PublishedAssignment published(Timeslot t, Venue v, Animator a, Kit k, boolean locked) {
        return new PublishedAssignment(t.getId(), v.getId(), a.getId(), k == null ? null : k.getId(), t, v, a, k,
                locked);
    }

    Session unassigned(Builder b) {
        return b.unassigned(molenbeek);
    }

    Session at(Builder b, Timeslot t, Venue v, Animator a, Kit k) {
        Session s = b.unassigned(molenbeek);
        s.setTimeslot(t);
        s.setVenue(v);
        s.setAnimator(a);
        s.setKit(k);
        return s;
    }
}
