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
    class ComplementaryInCrossTables {

        private Map<String, Map<String, Long>> table(Map<String, Map<String, Long>> rows) {
            return new TreeMap<>(rows);
        }

        @Test
        void aRowWhoseTotalIsHiddenIsHiddenWhole() {
            var cells = five.crossTable(table(Map.of("a", counts("LOW", 9, "HIGH", 8), "b", counts("LOW", 7))),
                    Set.of("a"));

            assertThat(cells.get("a").values()).allMatch(Published::suppressed);
            // Column LOW: a's 9 hidden is at least the threshold, so b's 7 stays.
            assertThat(cells.get("b").get("LOW")).isEqualTo(new Published(7L, false));
        }

        @Test
        void aSmallCellIsHiddenWithTheSmallestShownCellOfItsRow() {
            // Row a: 2 + 9 + 12; its total is shown in byCommune, so the 9 is hidden too.
            var cells = five.crossTable(table(Map.of("a", counts("LOW", 2, "HIGH", 9, "SEVERE", 12))), Set.of());

            assertThat(shown(cells.get("a"))).containsExactly(null, null, 12L); // HIGH, LOW, SEVERE
        }

        @Test
        void aLineIsProtectedUpToJustUnderTheThresholdAndNotFromIt() {
            // Row a hides 4 (one under 5): its 9 goes too. Row b hides 3 + 2 = 5: nothing more.
            var cells = five.crossTable(table(Map.of("a", counts("LOW", 4, "HIGH", 9), "b", counts("NONE", 3, "LOW", 2,
                    "SEVERE", 8))), Set.of());

            assertThat(shown(cells.get("a"))).containsExactly(null, null);
            assertThat(shown(cells.get("b"))).containsExactly(null, null, 8L); // LOW, NONE, SEVERE
        }

        @Test
        void aSmallCellIsHiddenWithTheSmallestShownCellOfItsColumn() {
            // Column LOW: 2 (a) and 8 (b), the level's total is shown in byLevel; row a alone would hide a/HIGH.
            var cells = five.crossTable(table(Map.of("a", counts("LOW", 2, "HIGH", 9), "b", counts("LOW", 8, "HIGH", 6,
                    "SEVERE", 12))), Set.of());

            assertThat(cells.get("a").get("LOW").suppressed()).isTrue();
            assertThat(cells.get("a").get("HIGH").suppressed()).as("row a's complement").isTrue();
            assertThat(cells.get("b").get("LOW").suppressed()).as("column LOW's complement").isTrue();
        }

        @Test
        void rowsAndColumnsAreProtectedUntilNoLineCanGiveAHiddenCellBack() {
            // a/LOW = 3 hides a/HIGH = 6 (row a); column HIGH then has 6 hidden, fine, and column LOW 3, so b/LOW = 7
            // goes; row b then has 7 hidden, fine. Every line ends with 0 or at least 5 hidden.
            Map<String, Map<String, Long>> rows = table(Map.of("a", counts("LOW", 3, "HIGH", 6), "b", counts("LOW", 7,
                    "HIGH", 20, "SEVERE", 30)));

            var cells = five.crossTable(rows, Set.of());

            assertThat(shown(cells.get("a"))).containsExactly(null, null);
            assertThat(shown(cells.get("b"))).containsExactly(20L, null, 30L); // HIGH, LOW, SEVERE
            assertEveryLineHidesZeroOrAtLeast(5, rows, cells);
        }

        @Test
        void aLineWithNothingLeftToHideStaysAsItIs() {
            // Row a's only cell is small and hidden; no shown cell remains to protect it (its total is 3 < 5 and
            // would be hidden in the one-way table anyway).
            var cells = five.crossTable(table(Map.of("a", counts("LOW", 3))), Set.of());

            assertThat(cells.get("a").get("LOW")).isEqualTo(new Published(null, true));
        }

        @Test
        void aTableWithoutSmallCellsIsShownWhole() {
            var cells = five.crossTable(table(Map.of("a", counts("LOW", 5, "HIGH", 9), "b", counts("LOW", 6))), Set.of());

            assertThat(cells.values()).allSatisfy(row -> assertThat(row.values()).noneMatch(Published::suppressed));
        }

        @Test
        void rowsAndColumnsAreSorted() {
            Map<String, Map<String, Long>> unsorted = new LinkedHashMap<>();
            unsorted.put("b", new LinkedHashMap<>(Map.of("LOW", 9L)));
            unsorted.put("a", new LinkedHashMap<>(counts("SEVERE", 8, "HIGH", 7)));

            var cells = five.crossTable(unsorted, Set.of());

            assertThat(cells.keySet()).containsExactly("a", "b");
            assertThat(cells.get("a").keySet()).containsExactly("HIGH", "SEVERE");
        }

        private void assertEveryLineHidesZeroOrAtLeast(int threshold, Map<String, Map<String, Long>> rows,
                                                       Map<String, Map<String, Published>> cells) {
            rows.forEach((row, counts) -> {
                long hidden = counts.entrySet().stream().filter(e -> cells.get(row).get(e.getKey()).suppressed())
                        .mapToLong(Map.Entry::getValue).sum();
                assertThat(hidden).as("row " + row).matches(h -> h == 0 || h >= threshold);
            });
            rows.values().stream().flatMap(c -> c.keySet().stream()).distinct().forEach(column -> {
                long hidden = rows.entrySet().stream().filter(e -> e.getValue().containsKey(column)
                        && cells.get(e.getKey()).get(column).suppressed()).mapToLong(e -> e.getValue().get(column)).sum();
                assertThat(hidden).as("column " + column).matches(h -> h == 0 || h >= threshold);
            });
        }
    }
}
