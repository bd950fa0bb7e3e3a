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
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
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
        List<SessionOptions> movable = OptionIndex.rebuild(roster).movable();
        Random random = new Random(seed);
        CompoundMoves moves = new CompoundMoves(movable, random);
        int proposed = 0;
        for (int i = 0; i < 300; i++) {
            PlaceSessionsMove move = moves.ruinAndRecreate(movable.get(random.nextInt(movable.size())), 4,
                    roster.getSessions());
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

    /** Two sessions exchange their timeslot and venue; each keeps a qualified, available animator. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void swapPlacesExchangesTimeslotAndVenue(long seed) {
        ProblemJson problem = ProblemGenerator.generate(Size.S, seed);
        Roster roster = constructed(problem);
        List<SessionOptions> movable = OptionIndex.rebuild(roster).movable();
        Random random = new Random(seed);
        CompoundMoves moves = new CompoundMoves(movable, random);
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
