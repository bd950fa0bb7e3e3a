package be.brussels.pan.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.stats.TwoWayProtection.Cell;
import be.brussels.pan.service.stats.TwoWayProtection.Dimension;
import be.brussels.pan.service.stats.TwoWayProtection.Margins;
import be.brussels.pan.service.stats.TwoWayProtection.Outcome;
import be.brussels.pan.service.support.DisclosureAudit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Two-way tables with their margins, at the threshold 5: every outcome is checked by {@link DisclosureAudit} (no
 * cell of 1 to 4 can be worked out from the shown cells and totals), and by what it hides.
 */
class TwoWayProtectionTest {

    private final TwoWayProtection five = new TwoWayProtection(5);

    @Test
    void aSmallCellGetsTheCheapestCycleOfHiddenCellsAroundIt() {
        // a/LOW = 2 alone hidden: row a's total minus a/HIGH gives it back. The cheapest cycle through it hides
        // a/HIGH, b/HIGH and b/LOW; b/SEVERE stays.
        Map<String, Map<String, Long>> cells = table("a", "LOW", 2, "a", "HIGH", 9, "b", "LOW", 8, "b", "HIGH", 6,
                "b", "SEVERE", 12);

        Outcome outcome = five.protect(partition(cells, true, Set.of()), partition(cells, false, Set.of()), cells,
                true, true);

        assertThat(outcome.stable()).isTrue();
        assertThat(outcome.hidden()).containsExactlyInAnyOrder(new Cell("a", "LOW"), new Cell("a", "HIGH"),
                new Cell("b", "LOW"), new Cell("b", "HIGH"));
        assertNothingSmallCanBeWorkedOut(cells, Set.of(), Set.of(), outcome);
    }

    @Test
    void aLineRuleAloneIsNotEnoughWhenAHiddenCellOfALineCanBeWorkedOutFromItsOtherLine() {
        // Issue 4's rule (every line's hidden cells add up to 0 or at least 5) held here, and yet: column HIGH's only
        // hidden cell (r1/HIGH = 6) is its total minus its shown cell, and then row r1 minus it gives r1/LOW = 2.
        Map<String, Map<String, Long>> cells = table("r1", "LOW", 2, "r1", "HIGH", 6, "r2", "LOW", 5, "r2", "HIGH", 20,
                "r3", "HIGH", 9, "r3", "SEVERE", 7);
        Set<Cell> lineRuleOnly = Set.of(new Cell("r1", "LOW"), new Cell("r1", "HIGH"), new Cell("r2", "LOW"));
        assertThat(leaks(cells, Set.of(), Set.of(), lineRuleOnly)).contains("row=r1 & column=LOW = 2");

        Outcome outcome = five.protect(partition(cells, true, Set.of()), partition(cells, false, Set.of()), cells,
                true, true);

        assertThat(outcome.stable()).isTrue();
        assertNothingSmallCanBeWorkedOut(cells, Set.of(), Set.of(), outcome);
    }

    @Test
    void theHiddenRowsOfAPartitionAreOneLineWhoseCellsAreProtectedToo() {
        // b (3) and c (4) are hidden in their one-way table; their sum by column is known where a column's total
        // and its other cells are: LOW = 9 + b's 3 would give "the hidden communes at LOW" = 3.
        Map<String, Map<String, Long>> cells = table("a", "LOW", 9, "a", "HIGH", 8, "b", "LOW", 3, "c", "HIGH", 4);

        Outcome outcome = five.protect(partition(cells, true, Set.of("b", "c")), partition(cells, false, Set.of()),
                cells, true, true);

        assertThat(outcome.stable()).isTrue();
        assertThat(outcome.hidden()).containsExactlyInAnyOrder(new Cell("a", "LOW"), new Cell("a", "HIGH"));
        assertNothingSmallCanBeWorkedOut(cells, Set.of("b", "c"), Set.of(), outcome);
    }

    @Test
    void twoOneWayTablesOverTheSamePeopleAskForATotalToBeHiddenWhenNoCellCanBe() {
        // Personae by level, never published as cells: ANNE 10 = LOW 7 + HIGH 3, BENOIT 5 = NONE 3 + HIGH 2. Levels
        // NONE and HIGH are hidden (3 and 5), LOW = 7 is ANNE's alone, so ANNE − LOW = 3 ANNE at hidden levels.
        Map<String, Map<String, Long>> cells = table("ANNE", "LOW", 7, "ANNE", "HIGH", 3, "BENOIT", "NONE", 3,
                "BENOIT", "HIGH", 2);

        Outcome outcome = five.protect(partition(cells, true, Set.of()), partition(cells, false, Set.of("NONE", "HIGH")),
                cells, false, true);

        assertThat(outcome.stable()).isFalse();
        assertThat(outcome.hideRow()).isEqualTo("ANNE");
        // With ANNE hidden, BENOIT (5) is the only shown persona: N − BENOIT is ANNE again; then BENOIT goes too.
        Outcome again = five.protect(partition(cells, true, Set.of("ANNE")), partition(cells, false, Set.of("NONE", "HIGH")),
                cells, false, true);
        assertThat(again.hideRow()).isEqualTo("BENOIT");
        Outcome last = five.protect(partition(cells, true, Set.of("ANNE", "BENOIT")),
                partition(cells, false, Set.of("NONE", "HIGH")), cells, false, true);
        assertThat(last.stable()).isTrue();
    }

    @Test
    void overlappingRowsWithoutColumnTotalsOnlyNeedEachRowsHiddenCellsToReachTheThreshold() {
        // Target groups by level: a person may be in several groups, so no level total holds here.
        Map<String, Map<String, Long>> cells = table("SENIORS", "LOW", 3, "SENIORS", "HIGH", 9, "SENIORS", "SEVERE", 12,
                "YOUTH", "LOW", 6);

        Outcome outcome = five.protect(new Dimension(rowTotals(cells), Set.of(), Margins.OVERLAPPING),
                new Dimension(Map.of(), Set.of(), Margins.NONE), cells, true, true);

        assertThat(outcome.hidden()).containsExactlyInAnyOrder(new Cell("SENIORS", "LOW"), new Cell("SENIORS", "HIGH"));
    }

    @Test
    void aTableWithoutSmallCellsIsShownWhole() {
        Map<String, Map<String, Long>> cells = table("a", "LOW", 5, "a", "HIGH", 9, "b", "LOW", 6);

        Outcome outcome = five.protect(partition(cells, true, Set.of()), partition(cells, false, Set.of()), cells,
                true, true);

        assertThat(outcome.stable()).isTrue();
        assertThat(outcome.hidden()).isEmpty();
    }

    private static Map<String, Map<String, Long>> table(Object... rowColumnCount) {
        Map<String, Map<String, Long>> table = new TreeMap<>();
        for (int i = 0; i < rowColumnCount.length; i += 3) {
            table.computeIfAbsent((String) rowColumnCount[i], k -> new TreeMap<>())
                    .merge((String) rowColumnCount[i + 1], ((Number) rowColumnCount[i + 2]).longValue(), Long::sum);
        }
        return table;
    }

    private static Map<String, Long> rowTotals(Map<String, Map<String, Long>> cells) {
        Map<String, Long> totals = new TreeMap<>();
        cells.forEach((row, line) -> line.values().forEach(n -> totals.merge(row, n, Long::sum)));
        return totals;
    }

    private static Map<String, Long> columnTotals(Map<String, Map<String, Long>> cells) {
        Map<String, Long> totals = new TreeMap<>();
        cells.values().forEach(line -> line.forEach((column, n) -> totals.merge(column, n, Long::sum)));
        return totals;
    }

    private static Dimension partition(Map<String, Map<String, Long>> cells, boolean rows, Set<String> hidden) {
        return new Dimension(rows ? rowTotals(cells) : columnTotals(cells), hidden, Margins.PARTITION);
    }

    private static void assertNothingSmallCanBeWorkedOut(Map<String, Map<String, Long>> cells, Set<String> hiddenRows,
                                                         Set<String> hiddenColumns, Outcome outcome) {
        assertThat(leaks(cells, hiddenRows, hiddenColumns, outcome.hidden())).isEmpty();
    }

    /** What a reader can work out from the table's shown cells, its shown totals and its grand total. */
    private static List<String> leaks(Map<String, Map<String, Long>> cells, Set<String> hiddenRows,
                                      Set<String> hiddenColumns, Set<Cell> hiddenCells) {
        Map<String, Long> rowTotals = rowTotals(cells);
        Map<String, Long> columnTotals = columnTotals(cells);
        LinkedHashMap<String, List<String>> domains = new LinkedHashMap<>();
        domains.put("row", new ArrayList<>(rowTotals.keySet()));
        domains.put("column", new ArrayList<>(columnTotals.keySet()));
        DisclosureAudit audit = new DisclosureAudit(domains, List.of(List.of()), 5);
        audit.publish("total", a -> true, rowTotals.values().stream().mapToLong(Long::longValue).sum());
        rowTotals.forEach((row, n) -> {
            if (!hiddenRows.contains(row)) {
                audit.publish("row " + row, a -> row.equals(a.get("row")), n);
            }
        });
        columnTotals.forEach((column, n) -> {
            if (!hiddenColumns.contains(column)) {
                audit.publish("column " + column, a -> column.equals(a.get("column")), n);
            }
        });
        cells.forEach((row, line) -> line.forEach((column, n) -> {
            if (!hiddenRows.contains(row) && !hiddenColumns.contains(column) && !hiddenCells.contains(new Cell(row, column))) {
                audit.publish(row + "/" + column, a -> row.equals(a.get("row")) && column.equals(a.get("column")), n);
            }
        }));
        List<DisclosureAudit.Atom> population = new ArrayList<>();
        cells.forEach((row, line) -> line.forEach((column, n) -> {
            for (int i = 0; i < n; i++) {
                population.add(new DisclosureAudit.Atom(Map.of("row", row, "column", column), List.of()));
            }
        }));
        assertThat(audit.mismatches(population)).isEmpty();
        return audit.leaks(population, true, 2);
    }
}
