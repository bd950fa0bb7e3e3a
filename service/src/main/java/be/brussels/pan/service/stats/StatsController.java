package be.brussels.pan.service.stats;

import be.brussels.pan.roster.domain.Week;
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
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/stats?from=YYYY-MM-DD&to=YYYY-MM-DD} (PLANNER, ADMIN): counts of the diagnoses stored in
 * [from, to] (Brussels dates, both inclusive and optional), in total and by commune, persona, target group,
 * fragility level and channel. No per-person data.
 *
 * <p>Small-cell suppression, threshold {@code pan.stats.min-cell} (5, from issue 4): every cell is listed with its key, but a cell under
 * the threshold has {@code count: null, suppressed: true}. In the dimensions where each diagnosis counts once
 * (commune, persona, level, channel), the total minus the shown cells would give back a lone suppressed cell,
 * so <i>secondary</i> suppression also hides the smallest shown cells until the suppressed cells add up to at
 * least the threshold. Target groups (a person may be in several, or none) get primary suppression only. The
 * total itself is shown only from the threshold on. A diagnosis without a Brussels commune counts under the
 * commune key {@code "UNKNOWN"}, one without target group under no group.
 *
 * <p>Fragility by commune and by target group are cross-tabulations, {@code levelByCommune}
 * ({@code [{commune, level, count, suppressed}]}) and {@code levelByTargetGroup}
 * ({@code [{targetGroup, level, count, suppressed}]}); only the cells with at least one diagnosis are listed.
 * Their suppression, kept simple:
 * <ol>
 *   <li>a row whose total is suppressed in {@code byCommune} / {@code byTargetGroup} is suppressed whole (its
 *       cells would add up to the hidden total);</li>
 *   <li>every cell under the threshold is suppressed (primary);</li>
 *   <li>complementary suppression, repeated until nothing changes: in every row (the commune's or the group's
 *       diagnoses by level, whose total is shown) and in every column (the level, whose total {@code byLevel}
 *       is shown), when the suppressed cells add up to more than 0 and less than the threshold, the smallest
 *       shown cell of that line is suppressed too. A shown total minus the shown cells of its row or column
 *       therefore never gives back less than the threshold.</li>
 * </ol>
 * This is not full statistical disclosure control (a determined reader combining several lines may narrow a
 * hidden cell down to a range); it keeps the rule of the one-way counts: nothing under 5 can be read or
 * subtracted out of one line.
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "statistics", description = "Anonymised counts of the stored diagnoses (PLANNER, ADMIN)")
public class StatsController {

    /** An ISO date with a four-digit year. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");


    private final JdbcClient jdbc;
    private final int threshold;

    public StatsController(JdbcClient jdbc, @Value("${pan.stats.min-cell}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("pan.stats.min-cell must be at least 1, not " + threshold);
        }
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    private record Row(String commune, String persona, String groups, String level, String channel, long count) {
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
        // Counted by the database: one row per combination, not one per diagnosis.
        List<Row> rows = jdbc.sql("""
                select commune_code, persona, target_groups, level, channel, count(*) from diagnoses
                where created_at >= ? and created_at < ?
                group by commune_code, persona, target_groups, level, channel""")
                .params(lower, upper)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .list();

        Map<String, Long> communes = new TreeMap<>();
        Map<String, Long> personae = new TreeMap<>();
        Map<String, Long> groups = new TreeMap<>();
        Map<String, Long> levels = new TreeMap<>();
        Map<String, Long> channels = new TreeMap<>();
        Map<String, Map<String, Long>> communeLevels = new TreeMap<>();
        Map<String, Map<String, Long>> groupLevels = new TreeMap<>();
        long total = 0;
        for (Row r : rows) {
            long n = r.count();
            total += n;
            String commune = r.commune() == null ? "UNKNOWN" : r.commune();
            communes.merge(commune, n, Long::sum);
            communeLevels.computeIfAbsent(commune, k -> new TreeMap<>()).merge(r.level(), n, Long::sum);
            personae.merge(r.persona(), n, Long::sum);
            levels.merge(r.level(), n, Long::sum);
            channels.merge(r.channel(), n, Long::sum);
            if (r.groups() != null) {
                for (String g : r.groups().split(",")) {
                    if (!g.isBlank()) {
                        groups.merge(g.trim(), n, Long::sum);
                        groupLevels.computeIfAbsent(g.trim(), k -> new TreeMap<>()).merge(r.level(), n, Long::sum);
                    }
                }
            }
        }
        List<Cell> byCommune = suppress(communes, true);
        List<Cell> byGroup = suppress(groups, false);
        List<CommuneLevel> levelByCommune = new ArrayList<>();
        crossSuppress(communeLevels, hiddenKeys(byCommune)).forEach((commune, cells) -> cells.forEach((level, cell) ->
                levelByCommune.add(new CommuneLevel(commune, level, cell.count(), cell.suppressed()))));
        List<GroupLevel> levelByGroup = new ArrayList<>();
        crossSuppress(groupLevels, hiddenKeys(byGroup)).forEach((group, cells) -> cells.forEach((level, cell) ->
                levelByGroup.add(new GroupLevel(group, level, cell.count(), cell.suppressed()))));
        return new Stats(fromDate, toDate, threshold,
                total >= threshold ? new Total(total, false) : new Total(null, true),
                byCommune, suppress(personae, true), byGroup, suppress(levels, true),
                suppress(channels, true), levelByCommune, levelByGroup);
    }

    private static java.util.Set<String> hiddenKeys(List<Cell> cells) {
        return cells.stream().filter(Cell::suppressed).map(Cell::key).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Suppression of a two-way table row → column → count (see the class): whole rows whose total is hidden,
     * cells under the threshold, then complementary cells in rows and columns until every line's hidden cells
     * add up to 0 or at least the threshold. Returns the same shape with a {@link Cell} per count.
     */
    Map<String, Map<String, Cell>> crossSuppress(Map<String, Map<String, Long>> table, java.util.Set<String> hiddenRows) {
        Map<String, Map<String, Boolean>> hidden = new TreeMap<>();
        java.util.Set<String> columns = new java.util.TreeSet<>();
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
        Map<String, Map<String, Cell>> out = new TreeMap<>();
        table.forEach((row, cells) -> {
            Map<String, Cell> o = new TreeMap<>();
            cells.forEach((column, count) -> o.put(column,
                    hidden.get(row).get(column) ? new Cell(column, null, true) : new Cell(column, count, false)));
            out.put(row, o);
        });
        return out;
    }

    /** Hides the smallest shown cell of a line whose hidden cells add up to 1..threshold-1; true if it did. */
    private boolean protect(List<String[]> line, Map<String, Map<String, Long>> table,
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

    /** Primary suppression under the threshold, and for a partition secondary suppression (see the class). */
    List<Cell> suppress(Map<String, Long> counts, boolean partition) {
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
        List<Cell> cells = new ArrayList<>();
        counts.forEach((key, count) -> cells.add(hidden.get(key) ? new Cell(key, null, true) : new Cell(key, count, false)));
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
