package be.brussels.pan.roster.solver;

import static be.brussels.pan.roster.solver.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.domain.Session;

/** First free combination under the counters of H1, H2, H3 and H12, in problem order. */
class OccupancyTest {

    private final Fixtures f = new Fixtures();
    /** French workshop for 6: Anna only; the EPN in every slot, the partner site (4 seats + a kit) at MON-1. */
    private final SessionOptions workshop = new SessionOptions(f.unassigned(session("s")),
            List.of(f.mon1, f.mon5, f.sat1), List.of(f.epn, f.partner), List.of(f.anna, f.bob),
            List.of(f.kitA, f.kitB));

    private SessionPlacement firstFree(Session... placed) {
        return Occupancy.of(List.of(placed)).firstFree(workshop);
    }

    @Test
    void anEmptyRosterGivesTheFirstCombination() {
        assertThat(firstFree()).isEqualTo(new SessionPlacement(f.mon1, f.epn, f.anna, null));
        assertThat(firstFree(f.unassigned(session("not-counted")))).isEqualTo(
                new SessionPlacement(f.mon1, f.epn, f.anna, null));
    }

    @Test
    void aFullVenueIsSkippedAndAKitIsTakenWhereSeatsAreShort() {
        Session epnTaken = f.at(session("o").language("nl"), f.mon1, f.epn, f.bob, null);
        assertThat(firstFree(epnTaken)).isEqualTo(new SessionPlacement(f.mon1, f.partner, f.anna, f.kitA));

        Session kitAOut = f.at(session("k").language("nl"), f.mon1, f.partner, f.bob, f.kitA);
        assertThat(firstFree(epnTaken, kitAOut)).isEqualTo(new SessionPlacement(f.mon1, f.partner, f.anna, f.kitB));
    }

    @Test
    void aBusyAnimatorMovesToTheNextSlotAndOneAtMaxSessionsGetsNothing() {
        Session annaAtMon1 = f.at(session("a1"), f.mon1, f.epn, f.anna, null);
        assertThat(firstFree(annaAtMon1)).isEqualTo(new SessionPlacement(f.mon5, f.epn, f.anna, null));

        Session annaAtSat1 = f.at(session("a2"), f.sat1, f.epn, f.anna, null);
        assertThat(firstFree(annaAtMon1, annaAtSat1)).isNull(); // Anna's maxSessions is 2
    }

    @Test
    void countersPerResource() {
        Occupancy occupancy = Occupancy.of(List.of(f.at(session("o"), f.mon1, f.partner, f.anna, f.kitA)));
        assertThat(occupancy.animatorBusy(f.anna, f.mon1)).isTrue();
        assertThat(occupancy.animatorBusy(f.anna, f.mon5)).isFalse();
        assertThat(occupancy.roomsFull(f.partner, f.mon1)).isFalse(); // 1 of 2 rooms
        assertThat(occupancy.freeKit(List.of(f.kitA, f.kitB), f.mon1)).isSameAs(f.kitB);
        assertThat(occupancy.freeKit(List.of(f.kitA), f.mon1)).isNull();
        assertThat(occupancy.atMaxSessions(f.anna)).isFalse();
        occupancy.add(f.at(session("p"), f.mon1, f.partner, f.bob, null));
        assertThat(occupancy.roomsFull(f.partner, f.mon1)).isTrue();
        assertThat(occupancy.atMaxSessions(f.bob)).isTrue();
    }
}
