package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import be.brussels.pan.roster.check.CheckReport;
import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;

/**
 * The compound moves of issue 17 ({@link CompoundMoves}), applied outside the solver and judged by the independent
 * checker. The full score's agreement with them (their undo moves, the incremental streams) is
 * {@link ScoreCorruptionTest}'s.
 */
class CompoundMovesTest {

    /**
     * Ruin and recreate places again through the same conflict counters as the construction: from a feasible roster
     * it only ever proposes feasible ones (H1–H13), whatever it takes out.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void ruinAndRecreateKeepsAFeasibleRosterFeasible(long seed) {
        ProblemJson problem = ProblemGenerator.generate(Size.S, seed);
        Roster roster = constructed(problem);
        assertThat(check(problem, roster).violations()).isEmpty();
        OptionIndex index = OptionIndex.rebuild(roster);
        List<SessionOptions> movable = index.movable();
        Random random = new Random(seed);
        CompoundMoves moves = new CompoundMoves(index, random);
        int proposed = 0;
        for (int i = 0; i < 300; i++) {
            PlaceSessionsMove move = moves.ruinAndRecreate(movable.get(random.nextInt(movable.size())), 4);
            if (move == null) {
                continue;
            }
            proposed++;
            assertThat(move.sessions()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
            assertThat(move.placements()).allMatch(CompoundMovesTest::completeOrUnassigned);
            apply(move);
            assertThat(check(problem, roster).violations()).as("after move %d: %s", i, move).isEmpty();
        }
        assertThat(proposed).as("moves that change something").isGreaterThan(100);
    }

    /**
     * The recreate step scans a session's placements cheapest first and stops early ({@link RankedPlacements}): it
     * must still find what a scan of every free placement finds. A ruin of one session, without blinks, places it
     * at the least cost that this test computes by brute force, on each session of several weeks.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void recreateFindsTheCheapestFreePlacementAFullScanFinds(long seed) {
        ProblemJson problem = ProblemGenerator.generate(Size.S, seed);
        Roster roster = constructed(problem);
        OptionIndex index = OptionIndex.rebuild(roster);
        List<SessionOptions> movable = index.movable();
        CompoundMoves moves = new CompoundMoves(index, new Random(seed), 0);
        int compared = 0;
        for (SessionOptions o : movable) {
            Session s = o.session();
            SessionPlacement before = SessionPlacement.of(s);
            long cheapest = bruteForceCheapest(o, roster.getSessions());
            PlaceSessionsMove move = moves.ruinAndRecreate(o, 1);
            SessionPlacement placed = move == null ? before : move.placements().get(0);
            if (cheapest == Long.MAX_VALUE) {
                assertThat(placed.timeslot()).as("no free placement for %s", s.getId()).isNull();
                continue;
            }
            assertThat(placed.timeslot()).as("a free placement exists for %s", s.getId()).isNotNull();
            assertThat(cost(o, placed, roster.getSessions())).as("session %s", s.getId()).isEqualTo(cheapest);
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
    }

    /** Every placement of the session that the other sessions leave free, at the least cost. */
    private static long bruteForceCheapest(SessionOptions o, List<Session> all) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < o.slotCount(); i++) {
            for (Venue v : o.venues(i)) {
                for (Animator a : o.animators(i)) {
                    List<Kit> kits = new ArrayList<>();
                    if (o.needsKit(v)) {
                        kits.addAll(o.kitsFor(v));
                    } else {
                        kits.add(null);
                    }
                    for (Kit k : kits) {
                        SessionPlacement p = new SessionPlacement(o.slot(i), v, a, k);
                        if (free(o.session(), p, all)) {
                            best = Math.min(best, cost(o, p, all));
                        }
                    }
                }
            }
        }
        return best;
    }

    /** H1, H2, H3 and H12 against the other assigned sessions. */
    private static boolean free(Session self, SessionPlacement p, List<Session> all) {
        int inRoom = 0;
        int load = 0;
        for (Session x : all) {
            if (x == self || !x.isAssigned()) {
                continue;
            }
            boolean sameSlot = x.getTimeslot() == p.timeslot();
            if (sameSlot && (x.getAnimator() == p.animator() || (p.kit() != null && x.getKit() == p.kit()))) {
                return false;
            }
            inRoom += sameSlot && x.getVenue() == p.venue() ? 1 : 0;
            load += x.getAnimator() == p.animator() ? 1 : 0;
        }
        return inRoom < p.venue().getRooms() && load < p.animator().getMaxSessions();
    }

    /** The session's own soft terms at this placement: S1, S2, S3 against the kit's other sessions, S4, added S5. */
    private static long cost(SessionOptions o, SessionPlacement p, List<Session> all) {
        Session s = o.session();
        long cost = 2 * s.getCommune().distanceHm(p.venue().getCommune())
                + p.animator().getHomeCommune().distanceHm(p.venue().getCommune())
                + (s.getPreferredPeriod().contains(p.timeslot()) ? 0 : 30);
        int load = 0;
        for (Session x : all) {
            if (x == s || !x.isAssigned()) {
                continue;
            }
            load += x.getAnimator() == p.animator() ? 1 : 0;
            if (p.kit() != null && x.getKit() == p.kit() && x.getTimeslot().getDay() == p.timeslot().getDay()
                    && x.getVenue().getCommune() != p.venue().getCommune()) {
                cost += 50;
            }
        }
        return cost + 5L * (2 * load + 1);
    }

    /** Two sessions exchange their timeslot and venue; each keeps a qualified, available animator. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void swapPlacesExchangesTimeslotAndVenue(long seed) {
        ProblemJson problem = ProblemGenerator.generate(Size.S, seed);
        Roster roster = constructed(problem);
        OptionIndex index = OptionIndex.rebuild(roster);
        List<SessionOptions> movable = index.movable();
        Random random = new Random(seed);
        CompoundMoves moves = new CompoundMoves(index, random);
        int swaps = 0;
        for (int i = 0; i < 2000 && swaps < 20; i++) {
            SessionOptions first = movable.get(random.nextInt(movable.size()));
            PlaceSessionsMove move = moves.swapPlaces(first);
            if (move == null) {
                continue;
            }
            swaps++;
            Session s1 = move.sessions().get(0);
            Session s2 = move.sessions().get(1);
            SessionPlacement p1 = move.placements().get(0);
            SessionPlacement p2 = move.placements().get(1);
            assertThat(p1.timeslot()).isSameAs(s2.getTimeslot());
            assertThat(p1.venue()).isSameAs(s2.getVenue());
            assertThat(p2.timeslot()).isSameAs(s1.getTimeslot());
            assertThat(p2.venue()).isSameAs(s1.getVenue());
            SessionOptions o2 = movable.stream().filter(o -> o.session() == s2).findFirst().orElseThrow();
            assertThat(first.animators(first.indexOf(p1.timeslot()))).contains(p1.animator());
            assertThat(o2.animators(o2.indexOf(p2.timeslot()))).contains(p2.animator());
        }
        assertThat(swaps).isEqualTo(20);
    }

    private static boolean completeOrUnassigned(SessionPlacement p) {
        boolean none = p.timeslot() == null && p.venue() == null && p.animator() == null && p.kit() == null;
        return none || (p.timeslot() != null && p.venue() != null && p.animator() != null);
    }

    /** The construction heuristic's greedy, without a solver: highest priority and fewest options first. */
    private static Roster constructed(ProblemJson problem) {
        Roster roster = ProblemMapper.toRoster(problem);
        Occupancy occupancy = Occupancy.of(roster.getSessions());
        List<SessionOptions> order = new ArrayList<>(OptionIndex.rebuild(roster).movable());
        order.sort(Comparator.comparingInt((SessionOptions o) -> -o.session().getPriority())
                .thenComparingInt(SessionOptions::slotCount));
        for (SessionOptions o : order) {
            SessionPlacement p = occupancy.firstFree(o);
            if (p != null) {
                set(o.session(), p);
                occupancy.add(o.session());
            }
        }
        return roster;
    }

    private static void apply(PlaceSessionsMove move) {
        for (int i = 0; i < move.sessions().size(); i++) {
            set(move.sessions().get(i), move.placements().get(i));
        }
    }

    private static void set(Session s, SessionPlacement p) {
        s.setTimeslot(p.timeslot());
        s.setVenue(p.venue());
        s.setAnimator(p.animator());
        s.setKit(p.kit());
    }

    private static CheckReport check(ProblemJson problem, Roster roster) {
        return FeasibilityChecker.check(problem, SolutionMapper.toJson(roster));
    }
}
