package be.brussels.pan.roster.solver;

import static be.brussels.pan.roster.solver.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.domain.PinnedAssignment;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;

class SessionOptionsTest {

    private final Fixtures f = new Fixtures();

    private SessionOptions options(Session s) {
        return new SessionOptions(s, List.of(f.mon1, f.mon5, f.sat1), List.of(f.epn, f.partner),
                List.of(f.anna, f.bob), List.of(f.kitA, f.kitB));
    }

    @Test
    void onlyCombinationsSatisfyingH4ToH11AreOffered() {
        SessionOptions o = options(f.unassigned(session("s").kind(SessionKind.START_DIGITAL)));

        // Start Digital: only the EPN (H11); French: only Anna (H5); she and the EPN share all three slots.
        assertThat(o.slots()).containsExactly(f.mon1, f.mon5, f.sat1);
        assertThat(o.venues(0)).containsExactly(f.epn);
        assertThat(o.animators(0)).containsExactly(f.anna);
        assertThat(o.needsKit(f.epn)).isFalse();
    }

    @Test
    void kitsAreNeededForMobileBrailleOrMissingSeats() {
        SessionOptions mobile = options(f.unassigned(session("m").mobile().participants(11)));
        assertThat(mobile.slots()).containsExactly(f.mon1); // the partner site opens on Monday morning only
        assertThat(mobile.venues(0)).containsExactly(f.partner);
        assertThat(mobile.needsKit(f.partner)).isTrue();
        assertThat(mobile.kitsFor(f.partner)).containsExactly(f.kitA); // 4 seats + 6 devices of kitB < 11 participants

        SessionOptions braille = options(f.unassigned(session("b").braille()));
        assertThat(braille.kitsFor(f.epn)).containsExactly(f.kitB);
    }

    @Test
    void theSlotIndependentFiltersAreKeptForExplanations() {
        SessionOptions braille = options(f.unassigned(session("b").braille().accessible()));
        assertThat(braille.kits()).containsExactly(f.kitB); // H10
        assertThat(braille.suitableVenues()).containsExactly(f.epn); // accessible (H10): not the partner site
        assertThat(braille.qualifiedAnimators()).containsExactly(f.anna); // H5

        SessionOptions seniorsInDutch = options(f.unassigned(session("n").language("nl").skills(Skill.SENIORS)));
        assertThat(seniorsInDutch.qualifiedAnimators()).isEmpty(); // Bob speaks nl but lacks SENIORS (H6)
        assertThat(seniorsInDutch.slotCount()).isZero();
    }

    @Test
    void pinnedSessionsAreNotMovableAndTheIndexIsRebuiltPerSolve() {
        Session pinned = f.unassigned(session("p"));
        pinned.pin(new PinnedAssignment(f.mon1, f.epn, f.anna, null));
        Session free = f.unassigned(session("f"));
        Roster roster = new Roster("t", List.of(f.molenbeek, f.ixelles), List.of(f.mon1, f.mon5, f.sat1),
                List.of(f.epn, f.partner), List.of(f.anna, f.bob), List.of(f.kitA, f.kitB),
                new ArrayList<>(List.of(pinned, free)));

        OptionIndex first = OptionIndex.of(roster);
        assertThat(first.movable()).extracting(SessionOptions::session).containsExactly(free);
        OptionIndex rebuilt = OptionIndex.rebuild(roster);
        assertThat(OptionIndex.of(roster)).isSameAs(rebuilt).isNotSameAs(first);
        OptionIndex.release(roster);
        assertThat(OptionIndex.of(roster)).isNotSameAs(rebuilt);
    }
}
