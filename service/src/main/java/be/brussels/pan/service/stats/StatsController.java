package be.brussels.pan.service.stats;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/stats?from=YYYY-MM-DD&to=YYYY-MM-DD} (PLANNER, ADMIN): counts of the diagnoses stored in
 * [from, to] (Brussels dates, both inclusive and optional), in total and by commune, persona, target group,
 * fragility level and channel, and the fragility levels by commune ({@code levelByCommune}:
 * {@code [{commune, level, count, suppressed}]}) and by target group ({@code levelByTargetGroup}:
 * {@code [{targetGroup, level, count, suppressed}]}). No per-person data. The counts come from
 * {@link DiagnosisStore#counts}: a diagnosis without a Brussels commune counts under the commune key
 * {@code "UNKNOWN"}, one without target group under no group; a cross-table lists only the cells with at least
 * one diagnosis.
 *
 * <p>Small-cell suppression, threshold {@code pan.stats.min-cell} ({@link SmallCellSuppression}): every cell is
 * listed with its key, but a suppressed cell has {@code count: null, suppressed: true}. Commune, persona, level and
 * channel partition the total (primary and secondary suppression); target groups overlap (primary only); the
 * cross-tables hide the rows whose total is hidden in {@code byCommune} / {@code byTargetGroup}, then get primary
 * and complementary suppression.
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "statistics", description = "Anonymised counts of the stored diagnoses (PLANNER, ADMIN)")
public class StatsController {

    /** An ISO date with a four-digit year. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");


    private final DiagnosisStore diagnoses;
    private final SmallCellSuppression suppression;

    public StatsController(DiagnosisStore diagnoses, @Value("${pan.stats.min-cell}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("pan.stats.min-cell must be at least 1, not " + threshold);
        }
        this.diagnoses = diagnoses;
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

    public record Stats(LocalDate from, LocalDate to, int threshold, Total total, List<Cell> byCommune,
                        List<Cell> byPersona, List<Cell> byTargetGroup, List<Cell> byLevel, List<Cell> byChannel,
                        List<CommuneLevel> levelByCommune, List<GroupLevel> levelByTargetGroup) {
    }

    @Operation(summary = "Counts of the diagnoses stored in [from, to] (Brussels dates, both inclusive), with small-cell"
            + " suppression (a suppressed cell has count null and suppressed true)")
    @ApiResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Stats.class)))
    @ApiResponse(responseCode = "400", description = "from or to is not an ISO date, or from is after to; field names which")
    @ApiResponse(responseCode = "403", description = "The role may not read statistics (PLANNER and ADMIN only)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Stats stats(@Parameter(description = "The first day (inclusive); none: from the first diagnosis", example = "2026-11-01",
                               schema = @Schema(type = "string", format = "date"))
                       @RequestParam(name = "from", required = false) String from,
                       @Parameter(description = "The last day (inclusive); none: no upper bound", example = "2026-11-30",
                               schema = @Schema(type = "string", format = "date"))
                       @RequestParam(name = "to", required = false) String to) {
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadInputException("from", "from " + fromDate + " is after to " + toDate);
        }
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
        return new Stats(fromDate, toDate, suppression.threshold(), new Total(total.count(), total.suppressed()),
                byCommune, suppress(counts.byPersona(), true), byGroup, suppress(counts.byLevel(), true),
                suppress(counts.byChannel(), true), levelByCommune, levelByGroup);
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

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // Four-digit years only: ISO also writes +999999999-12-31, which no database stores and which overflowed
        // (a 500) when the day after it was computed.
        if (!DATE.matcher(value.trim()).matches()) {
            throw new BadInputException(field, Echo.of(value) + " is not an ISO date like 2026-11-30");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, Echo.of(value) + " is not an ISO date like 2026-11-30");
        }
    }
}
