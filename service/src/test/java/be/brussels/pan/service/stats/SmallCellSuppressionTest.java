package be.brussels.pan.service.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.service.stats.SmallCellSuppression.Published;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of small-cell suppression, one by one, at the configured threshold of 5 unless said otherwise. */
class SmallCellSuppressionTest {

    private final SmallCellSuppression five = new SmallCellSuppression(5);

    /** The counts a table shows, in its order; null for a suppressed cell. */
    private static List<Long> shown(Map<String, Published> cells) {
        return cells.values().stream().map(Published::count).toList();
    }

    private static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }

    @Nested
    class Primary {

        @Test
        void aCellUnderTheThresholdIsSuppressedAndOneAtTheThresholdIsShown() {
            Map<String, Published> cells = five.overlapping(counts("a", 4, "b", 5, "c", 12));

            assertThat(cells.get("a")).isEqualTo(new Published(null, true));
            assertThat(cells.get("b")).isEqualTo(new Published(5L, false));
            assertThat(cells.get("c")).isEqualTo(new Published(12L, false));
        }

        @Test
        void overlappingCellsGetPrimarySuppressionOnly() {
            // Target groups: a person may be in several or none, so the cells do not add up to a shown total.
            assertThat(shown(five.overlapping(counts("a", 6, "b", 2)))).containsExactly(6L, null);
        }

        @Test
        void everyKeyIsListedInTheTablesOrder() {
            Map<String, Long> inOrder = new LinkedHashMap<>();
            inOrder.put("z", 9L);
            inOrder.put("a", 1L);
            inOrder.put("m", 7L);

            assertThat(five.overlapping(inOrder).keySet()).containsExactly("z", "a", "m");
            assertThat(five.partition(inOrder).keySet()).containsExactly("z", "a", "m");
        }

        @Test
        void theThresholdIsTheConfiguredOne() {
            Map<String, Long> cells = counts("a", 12, "b", 7, "c", 9);

            assertThat(shown(new SmallCellSuppression(5).partition(cells))).containsExactly(12L, 7L, 9L);
            assertThat(shown(new SmallCellSuppression(8).overlapping(cells))).containsExactly(12L, null, 9L);
            assertThat(new SmallCellSuppression(8).threshold()).isEqualTo(8);
            assertThatThrownBy(() -> new SmallCellSuppression(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 1");
        }
    }

    @Nested
    class SecondaryInAPartition {

        @Test
        void aLoneSmallCellTakesTheSmallestShownCellWithIt() {
            // 13 - 6 - 5 would give the 2 back: the 5 goes too, and 7 hidden is at least the threshold.
            assertThat(shown(five.partition(counts("a", 6, "b", 5, "c", 2)))).containsExactly(6L, null, null);
        }

        @Test
        void onlyTheSmallestShownCellGoesWhenItIsEnough() {
            // A shown cell is at least the threshold, so one is always enough: the 6 goes, the 7 and the 20 stay.
            assertThat(shown(five.partition(counts("a", 1, "b", 6, "c", 7, "d", 20)))).containsExactly(null, null, 7L, 20L);
        }

        @Test
        void smallCellsThatAlreadyReachTheThresholdTogetherHideNothingMore() {
            assertThat(shown(five.partition(counts("a", 3, "b", 3, "c", 6)))).containsExactly(null, null, 6L);
        }

        @Test
        void withoutASmallCellNothingIsHidden() {
            assertThat(shown(five.partition(counts("a", 6, "b", 7)))).containsExactly(6L, 7L);
        }

        @Test
        void betweenEqualCountsTheFirstKeyIsHidden() {
            assertThat(shown(five.partition(counts("a", 6, "b", 6, "c", 2)))).containsExactly(null, 6L, null);
        }

        @Test
        void whenEveryCellIsSmallEveryCellIsHidden() {
            assertThat(shown(five.partition(counts("a", 1, "b", 2)))).containsExactly(null, null);
        }
    }

    @Nested
    class Totals {

        @Test
        void aTotalIsShownFromTheThresholdOn() {
            assertThat(five.total(5)).isEqualTo(new Published(5L, false));
            assertThat(five.total(4)).isEqualTo(new Published(null, true));
            assertThat(five.total(0)).isEqualTo(new Published(null, true));
            assertThat(new SmallCellSuppression(8).total(7).suppressed()).isTrue();
        }
    }

    @Nested
    class Forced {

        @Test
        void aKeyATwoWayTableNeedsHiddenIsHiddenAndTheRestOfThePartitionStillProtectsIt() {
            // b is hidden whatever its count (a two-way table asked); 9 hidden is already at least 5: nothing more.
            assertThat(shown(five.partition(counts("a", 6, "b", 9, "c", 12), Set.of("b")))).containsExactly(6L, null, 12L);
            // With a small cell beside it, the forced one is part of the hidden sum.
            assertThat(shown(five.partition(counts("a", 6, "b", 9, "c", 2), Set.of("b")))).containsExactly(6L, null, null);
            assertThat(shown(five.overlapping(counts("a", 6, "b", 9), Set.of("a")))).containsExactly(null, 9L);
        }
    }
}
