package be.brussels.pan.service.stats;

import be.brussels.pan.service.web.BadInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>Small-cell suppression, threshold {@value #THRESHOLD}: every cell is listed with its key, but a cell under
 * the threshold has {@code count: null, suppressed: true}. In the dimensions where each diagnosis counts once
 * (commune, persona, level, channel), the total minus the shown cells would give back a lone suppressed cell,
 * so <i>secondary</i> suppression also hides the smallest shown cells until the suppressed cells add up to at
 * least the threshold. Target groups (a person may be in several, or none) get primary suppression only. The
 * total itself is shown only from the threshold on. A diagnosis without a Brussels commune counts under the
 * commune key {@code "UNKNOWN"}, one without target group under no group.
 */
@RestController
@RequestMapping("/api/v1/stats")
public class StatsController {

    static final int THRESHOLD = 5;
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;

    public StatsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String commune, String persona, String groups, String level, String channel) {
    }

    /** One cell; {@code count} is null when suppressed. */
    public record Cell(String key, Long count, boolean suppressed) {
    }

    public record Total(Long count, boolean suppressed) {
    }

    public record Stats(LocalDate from, LocalDate to, int threshold, Total total, List<Cell> byCommune,
                        List<Cell> byPersona, List<Cell> byTargetGroup, List<Cell> byLevel, List<Cell> byChannel) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Stats stats(@RequestParam(name = "from", required = false) String from,
                       @RequestParam(name = "to", required = false) String to) {
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadInputException("from", "from " + fromDate + " is after to " + toDate);
        }
        OffsetDateTime lower = fromDate == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z")
                : fromDate.atStartOfDay(BRUSSELS).toOffsetDateTime();
        OffsetDateTime upper = toDate == null ? OffsetDateTime.parse("9999-01-01T00:00:00Z")
                : toDate.plusDays(1).atStartOfDay(BRUSSELS).toOffsetDateTime();
        List<Row> rows = jdbc.sql("""
                select commune_code, persona, target_groups, level, channel from diagnoses
                where created_at >= ? and created_at < ?""")
                .params(lower, upper)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();

        Map<String, Long> communes = new TreeMap<>();
        Map<String, Long> personae = new TreeMap<>();
        Map<String, Long> groups = new TreeMap<>();
        Map<String, Long> levels = new TreeMap<>();
        Map<String, Long> channels = new TreeMap<>();
        for (Row r : rows) {
            communes.merge(r.commune() == null ? "UNKNOWN" : r.commune(), 1L, Long::sum);
            personae.merge(r.persona(), 1L, Long::sum);
            levels.merge(r.level(), 1L, Long::sum);
            channels.merge(r.channel(), 1L, Long::sum);
            if (r.groups() != null) {
                for (String g : r.groups().split(",")) {
                    if (!g.isBlank()) {
                        groups.merge(g.trim(), 1L, Long::sum);
                    }
                }
            }
        }
        long total = rows.size();
        return new Stats(fromDate, toDate, THRESHOLD,
                total >= THRESHOLD ? new Total(total, false) : new Total(null, true),
                suppress(communes, true), suppress(personae, true), suppress(groups, false), suppress(levels, true),
                suppress(channels, true));
    }

    /** Primary suppression under the threshold, and for a partition secondary suppression (see the class). */
    static List<Cell> suppress(Map<String, Long> counts, boolean partition) {
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        long hiddenSum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            boolean small = e.getValue() < THRESHOLD;
            hidden.put(e.getKey(), small);
            hiddenSum += small ? e.getValue() : 0;
        }
        if (partition) {
            List<Map.Entry<String, Long>> shown = new ArrayList<>(counts.entrySet().stream()
                    .filter(e -> !hidden.get(e.getKey())).toList());
            shown.sort(Map.Entry.comparingByValue());
            for (int i = 0; hiddenSum > 0 && hiddenSum < THRESHOLD && i < shown.size(); i++) {
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
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, "'" + value + "' is not an ISO date like 2026-11-30");
        }
    }
}
