package be.brussels.pan.service.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * </ul>
 * Two-way tables, and one-way tables over the same people taken together, are protected by
 * {@link TwoWayProtection}, which may ask for more keys of a partition to be hidden ({@link #partition(Map, Set)}).
 * Ties between equal counts go to the first key in the table's order.
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
        return oneWay(counts, true, Set.of());
    }

    /**
     * A partition with some keys hidden whatever their count ({@code forced}: a two-way table needed their totals
     * hidden, {@link TwoWayProtection}), then secondary suppression as for any partition.
     */
    public Map<String, Published> partition(Map<String, Long> counts, Set<String> forced) {
        return oneWay(counts, true, forced);
    }

    /** A one-way table whose cells overlap (they do not add up to the total): primary suppression only. */
    public Map<String, Published> overlapping(Map<String, Long> counts) {
        return oneWay(counts, false, Set.of());
    }

    /** Overlapping cells with some hidden whatever their count ({@code forced}, as for a partition). */
    public Map<String, Published> overlapping(Map<String, Long> counts, Set<String> forced) {
        return oneWay(counts, false, forced);
    }

    private Map<String, Published> oneWay(Map<String, Long> counts, boolean partition, Set<String> forced) {
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        long hiddenSum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            boolean small = e.getValue() < threshold || forced.contains(e.getKey());
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
}
