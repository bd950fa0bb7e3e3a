package be.brussels.pan.service.stats;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.referral.ReferralStore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The statistics feature: counts of the stored diagnoses, read through the diagnosis feature's store
 * ({@link DiagnosisStore#counts}), and published only after small-cell suppression ({@link SmallCellSuppression},
 * threshold {@code pan.stats.min-cell}). Every cell is listed with its key, but a suppressed cell has
 * {@code count: null, suppressed: true}. Commune, persona, level and channel partition the total (primary and
 * secondary suppression); target groups overlap (primary only); the cross-tables hide the rows whose total is
 * hidden in {@code byCommune} / {@code byTargetGroup}, then get primary and complementary suppression. A
 * diagnosis without a Brussels commune counts under the commune key {@code "UNKNOWN"}, one without target group
 * under no group; a cross-table lists only the cells with at least one diagnosis. The overrides of exclusions
 * (referrals, issue 14) are counted by rule through the referral feature's store ({@link ReferralStore#overridesByRule}),
 * their total and rules suppressed as a partition.
 */
@Service
public class PublishedStatistics {

    private final DiagnosisStore diagnoses;
    private final ReferralStore referrals;
    private final SmallCellSuppression suppression;

    public PublishedStatistics(DiagnosisStore diagnoses, ReferralStore referrals,
                               @Value("${pan.stats.min-cell}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("pan.stats.min-cell must be at least 1, not " + threshold);
        }
        this.diagnoses = diagnoses;
        this.referrals = referrals;
        this.suppression = new SmallCellSuppression(threshold);
    }

    /** One cell; {@code count} is null when suppressed. */
    public record Cell(String key, Long count, boolean suppressed) {
    }

    public record Total(Long count, boolean suppressed) {
    }

    /** A cell of fragility level by commune; {@code count} is null when suppressed. */
    public record CommuneLevel(String commune, String level, Long count, boolean suppressed) {
    }

    /** A cell of fragility level by target group; {@code count} is null when suppressed. */
    public record GroupLevel(String targetGroup, String level, Long count, boolean suppressed) {
    }

    /**
     * {@code overrides} (since issue 14): the referrals created in the period despite an exclusion of their
     * diagnosis, in total and by the rule overridden ({@code overridesByRule}, a partition of that total).
     */
    public record Stats(LocalDate from, LocalDate to, int threshold, Total total, List<Cell> byCommune,
                        List<Cell> byPersona, List<Cell> byTargetGroup, List<Cell> byLevel, List<Cell> byChannel,
                        List<CommuneLevel> levelByCommune, List<GroupLevel> levelByTargetGroup,
                        Total overrides, List<Cell> overridesByRule) {
    }

    /**
     * The counts of the diagnoses stored from {@code from} to {@code to} (Brussels dates, both inclusive; null: no
     * bound), as they may be published.
     */
    public Stats between(LocalDate fromDate, LocalDate toDate) {
        OffsetDateTime lower = fromDate == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z")
                : fromDate.atStartOfDay(Week.ZONE).toOffsetDateTime();
        OffsetDateTime upper = toDate == null ? OffsetDateTime.parse("9999-01-01T00:00:00Z")
                : toDate.plusDays(1).atStartOfDay(Week.ZONE).toOffsetDateTime();
        DiagnosisCounts counts = diagnoses.counts(lower, upper);

        List<Cell> byCommune = suppress(counts.byCommune(), true);
        List<Cell> byGroup = suppress(counts.byTargetGroup(), false);
        List<CommuneLevel> levelByCommune = new ArrayList<>();
        crossSuppress(counts.levelByCommune(), hiddenKeys(byCommune)).forEach((commune, cells) -> cells.forEach((level, cell) ->
                levelByCommune.add(new CommuneLevel(commune, level, cell.count(), cell.suppressed()))));
        List<GroupLevel> levelByGroup = new ArrayList<>();
        crossSuppress(counts.levelByTargetGroup(), hiddenKeys(byGroup)).forEach((group, cells) -> cells.forEach((level, cell) ->
                levelByGroup.add(new GroupLevel(group, level, cell.count(), cell.suppressed()))));
        SmallCellSuppression.Published total = suppression.total(counts.total());
        Map<String, Long> overrides = referrals.overridesByRule(lower, upper);
        SmallCellSuppression.Published overridden = suppression.total(
                overrides.values().stream().mapToLong(Long::longValue).sum());
        return new Stats(fromDate, toDate, suppression.threshold(), new Total(total.count(), total.suppressed()),
                byCommune, suppress(counts.byPersona(), true), byGroup, suppress(counts.byLevel(), true),
                suppress(counts.byChannel(), true), levelByCommune, levelByGroup,
                new Total(overridden.count(), overridden.suppressed()), suppress(overrides, true));
    }

    private static Set<String> hiddenKeys(List<Cell> cells) {
        return cells.stream().filter(Cell::suppressed).map(Cell::key).collect(Collectors.toSet());
    }

    /** A cross-table's cells as published ({@link SmallCellSuppression#crossTable}), by row and column. */
    Map<String, Map<String, Cell>> crossSuppress(Map<String, ? extends Map<String, Long>> table, Set<String> hiddenRows) {
        Map<String, Map<String, Cell>> cells = new TreeMap<>();
        suppression.crossTable(table, hiddenRows).forEach((row, published) -> cells.put(row, cells(published)));
        return cells;
    }

    /** A one-way table's cells as published: for a partition of the total, or for overlapping cells. */
    List<Cell> suppress(Map<String, Long> counts, boolean partition) {
        Map<String, SmallCellSuppression.Published> published = partition ? suppression.partition(counts)
                : suppression.overlapping(counts);
        return List.copyOf(cells(published).values());
    }

    private static Map<String, Cell> cells(Map<String, SmallCellSuppression.Published> published) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        published.forEach((key, p) -> cells.put(key, new Cell(key, p.count(), p.suppressed())));
        return cells;
    }
}
