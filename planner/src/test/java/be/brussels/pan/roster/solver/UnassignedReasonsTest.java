package be.brussels.pan.roster.solver;

import static be.brussels.pan.roster.solver.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.domain.VenueKind;

/** Reasons come from analysing the problem for the session, and name the blocking hard constraints. */
class UnassignedReasonsTest {

    private final Fixtures f = new Fixtures();

    private Roster roster(List<Venue> venues, List<Animator> animators, Session... sessions) {
        return new Roster("t", List.of(f.molenbeek, f.ixelles), List.of(f.mon1, f.mon5, f.sat1), venues, animators,
                List.of(f.kitA, f.kitB), new ArrayList<>(List.of(sessions)));
    }

    private List<String> explain(Roster r, Session s) {
        return new UnassignedReasons(r).explain(s);
    }

    @Test
    void nobodySpeaksTheLanguageWithTheSkills() {
        Session s = f.unassigned(session("s").language("nl").skills(Skill.SENIORS));
        assertThat(explain(roster(List.of(f.epn, f.partner), List.of(f.anna, f.bob), s), s))
                .containsExactly("H5/H6: no animator speaks nl and has skills SENIORS");
        Session tr = f.unassigned(session("t").language("tr"));
        assertThat(explain(roster(List.of(f.epn), List.of(f.anna, f.bob), tr), tr))
                .containsExactly("H5: no animator speaks tr");
    }

    @Test
    void noSuitableVenue() {
        Session s = f.unassigned(session("s").mobile().accessible());
        assertThat(explain(roster(List.of(f.epn, f.partner), List.of(f.anna), s), s)).singleElement()
                .asString().startsWith("H8-H11: no venue is a PARTNER_SITE, accessible");
    }

    @Test
    void noSlotWhereAnOpenVenueMeetsAnAvailableAnimator() {
        Venue saturdayOnly = new Venue("sat", "Saturday site", VenueKind.EPN, f.molenbeek, 10, 1, true, false,
                Set.of(f.sat1));
        Session s = f.unassigned(session("s").language("nl"));
        assertThat(explain(roster(List.of(saturdayOnly), List.of(f.bob), s), s)).singleElement().asString()
                .startsWith("H4/H7: no suitable venue is open in a slot where a qualified animator (bob)");
    }

    @Test
    void everyQualifiedAnimatorIsFull() {
        Session other = f.at(session("o").language("nl"), f.mon1, f.partner, f.bob, null);
        Session s = f.unassigned(session("s").language("nl"));
        assertThat(explain(roster(List.of(f.epn, f.partner), List.of(f.anna, f.bob), other, s), s))
                .singleElement().asString().startsWith("H12: every qualified animator").contains("bob");
    }

    @Test
    void allCompatibleSlotsAreTaken() {
        Animator carl = new Animator("carl", "Carl", f.ixelles, Set.of("fr"), Set.of(), 5, Set.of(f.mon1));
        Venue small = new Venue("small", "Small", VenueKind.EPN, f.molenbeek, 10, 1, false, false, Set.of(f.mon1));
        Session other = f.at(session("o"), f.mon1, small, carl, null);
        Session s = f.unassigned(session("s"));
        assertThat(explain(roster(List.of(small), List.of(carl), other, s), s)).singleElement().asString()
                .startsWith("H1/H2/H3/H12: all compatible slots are taken")
                .contains("the animator is busy in 1 (H1)").contains("the venue's rooms are full in 1 (H2)");
    }

    @Test
    void busyKitsAreCountedUnderH3() {
        Animator carl = new Animator("carl", "Carl", f.ixelles, Set.of("nl"), Set.of(), 5, Set.of(f.mon1));
        // Both kits are out at Monday 9:00; the partner site (2 rooms) still has one free and Anna is free.
        Session elsewhere = f.at(session("o1").language("nl"), f.mon1, f.epn, f.bob, f.kitA);
        Session atPartner = f.at(session("o2").language("nl"), f.mon1, f.partner, carl, f.kitB);
        Session s = f.unassigned(session("s").mobile().participants(4));
        assertThat(explain(roster(List.of(f.epn, f.partner), List.of(f.anna, f.bob, carl), elsewhere, atPartner, s),
                s)).containsExactly("H1/H2/H3/H12: all compatible slots are taken - of 1 (timeslot, venue, qualified"
                        + " animator) combinations, the animator is busy in 0 (H1), the venue's rooms are full in 0"
                        + " (H2), no suitable kit is free in 1 (H3), the animator has reached maxSessions in 0 (H12)");
    }

    @Test
    void theFreeCombinationNamedIsTheOneFirstFitWouldTake() {
        // The EPN is taken at Monday 9:00, so first fit moves on to the partner site (with a kit for 6 on 4 seats).
        Session other = f.at(session("o").language("nl"), f.mon1, f.epn, f.bob, null);
        Session s = f.unassigned(session("s"));
        assertThat(explain(roster(List.of(f.epn, f.partner), List.of(f.anna, f.bob), other, s), s))
                .containsExactly("not blocked by a hard constraint: a free combination exists (e.g. MON-1 at partner"
                        + " with anna); the solver stopped before placing it - give it more time");
    }

    @Test
    void aFreeCombinationIsReportedAsATimeLimitNotAConstraint() {
        Session s = f.unassigned(session("s"));
        assertThat(explain(roster(List.of(f.epn), List.of(f.anna), s), s)).singleElement().asString()
                .startsWith("not blocked by a hard constraint");
    }
}
