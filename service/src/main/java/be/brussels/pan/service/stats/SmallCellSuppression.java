package be.brussels.pan.service.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Small-cell suppression of published counts: no count under the threshold ({@code pan.stats.min-cell}, 5 from
 * issue 4) can be read, nor subtracted out of one line of a table from the totals shown beside it.
 * <ul>
 *   <li><b>Primary</b>: every cell under the threshold is suppressed.</li>
 *   <li><b>Secondary</b>, in a one-way table that partitions the total (each diagnosis counted once: commune,
 *       persona, level, channel): the total minus the shown cells would give back a lone suppressed cell, so the
 *       smallest shown cells are suppressed too, one by one, until the suppressed cells add up to at least the
 *       threshold. A table whose cells overlap (target groups: a person may be in several, or none) gets primary
 *       suppression only.</li>
 *   <li><b>Totals</b> are shown only from the threshold on.</li>
 *   <li><b>Cross-tables</b> (row → column → count, only the cells with at least one diagnosis): a row whose total
 *       is suppressed in its one-way table is suppressed whole (its cells would add up to the hidden total); then
 *       primary suppression; then <i>complementary</i> suppression, repeated until nothing changes: in every row
 *       and every column whose hidden cells add up to more than 0 and less than the threshold, the smallest shown
 *       cell of that line is suppressed too.</li>
 * </ul>
 * This is not full statistical disclosure control (a determined reader combining several lines may narrow a
 * hidden cell down to a range); it keeps the rule of the one-way counts: nothing under the threshold can be read
 * or subtracted out of one line. Ties between equal counts go to the first key in the table's order.
 */
public final class SmallCellSuppression {

    private final int threshold;

    public SmallCellSuppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the small-cell threshold must be at least 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** A count as published: shown, or suppressed (then without its count). */
    public record Published(Long count, boolean suppressed) {

        static final Published SUPPRESSED = new Published(null, true);

        static Published shown(long count) {
            return new Published(count, false);
        }
    }

    /** A total: shown from the threshold on. */
    public Published total(long total) {
        return total >= threshold ? Published.shown(total) : Published.SUPPRESSED;
    }

    /**
     * A one-way table whose cells partition the total: primary then secondary suppression. The keys keep the
     * order of {@code counts}.
     */
    public Map<String, Published> partition(Map<String, Long> counts) {
        return oneWay(counts, true);
    }

    /** A one-way table whose cells overlap (they do not add up to the total): primary suppression only. */
    public Map<String, Published> overlapping(Map<String, Long> counts) {
        return oneWay(counts, false);
    }

    private Map<String, Published> oneWay(Map<String, Long> counts, boolean partition) {
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        long hiddenSum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            boolean small = e.getValue() < threshold;
            hidden.put(e.getKey(), small);
            hiddenSum += small ? e.getValue() : 0;
        }
        if (partition) {
            List<Map.Entry<String, Long>> shown = new ArrayList<>(counts.entrySet().stream()
                    .filter(e -> !hidden.get(e.getKey())).toList());
            shown.sort(Map.Entry.comparingByValue());
            for (int i = 0; hiddenSum > 0 && hiddenSum < threshold && i < shown.size(); i++) {
                hidden.put(shown.get(i).getKey(), true);
                hiddenSum += shown.get(i).getValue();
            }
        }
        Map<String, Published> published = new LinkedHashMap<>();
        counts.forEach((key, count) -> published.put(key, hidden.get(key) ? Published.SUPPRESSED : Published.shown(count)));
        return published;
    }

    /**
     * A cross-table row → column → count: whole rows whose total is hidden ({@code hiddenRows}), cells under the
     * threshold, then complementary cells in rows and columns until every line's hidden cells add up to 0 or at
     * least the threshold. Returns the same shape, sorted by row and column.
     */
    public Map<String, Map<String, Published>> crossTable(Map<String, ? extends Map<String, Long>> table,
                                                          Set<String> hiddenRows) {
        Map<String, Map<String, Boolean>> hidden = new TreeMap<>();
        Set<String> columns = new TreeSet<>();
        table.forEach((row, cells) -> {
            Map<String, Boolean> h = new TreeMap<>();
            cells.forEach((column, count) -> h.put(column, hiddenRows.contains(row) || count < threshold));
            hidden.put(row, h);
            columns.addAll(cells.keySet());
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String row : table.keySet()) {
                List<String[]> line = new ArrayList<>();
                table.get(row).keySet().forEach(column -> line.add(new String[] {row, column}));
                changed |= protect(line, table, hidden);
            }
            for (String column : columns) {
                List<String[]> line = new ArrayList<>();
                table.forEach((row, cells) -> {
                    if (cells.containsKey(column)) {
                        line.add(new String[] {row, column});
                    }
                });
                changed |= protect(line, table, hidden);
            }
        }
        Map<String, Map<String, Published>> published = new TreeMap<>();
        table.forEach((row, cells) -> {
            Map<String, Published> p = new TreeMap<>();
            cells.forEach((column, count) -> p.put(column,
                    hidden.get(row).get(column) ? Published.SUPPRESSED : Published.shown(count)));
            published.put(row, p);
        });
        return published;
    }

    /** Hides the smallest shown cell of a line whose hidden cells add up to 1..threshold-1; true if it did. */
    private boolean protect(List<String[]> line, Map<String, ? extends Map<String, Long>> table,
                            Map<String, Map<String, Boolean>> hidden) {
        long hiddenSum = 0;
        String[] smallest = null;
        for (String[] cell : line) {
            long count = table.get(cell[0]).get(cell[1]);
            if (hidden.get(cell[0]).get(cell[1])) {
                hiddenSum += count;
            } else if (smallest == null || count < table.get(smallest[0]).get(smallest[1])) {
                smallest = cell;
            }
        }
        if (hiddenSum > 0 && hiddenSum < threshold && smallest != null) {
            hidden.get(smallest[0]).put(smallest[1], true);
            return true;
        }
        return false;
    }
}
