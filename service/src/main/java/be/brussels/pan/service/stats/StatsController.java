package be.brussels.pan.service.stats;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code [{targetGroup, level, count, suppressed}]}), and the referrals created in the period despite an exclusion
 * of their diagnosis ({@code overrides}, and {@code overridesByRule}: {@code [{key: rule id, count, suppressed}]},
 * issue 14). No per-person data. The counts come from
 * {@link PublishedStatistics} (through the diagnosis feature's store): a diagnosis without a Brussels commune counts under the commune key
 * {@code "UNKNOWN"}, one without target group under no group; a cross-table lists only the cells with at least
 * one diagnosis.
 *
 * <p>Small-cell suppression, threshold {@code pan.stats.min-cell} ({@link SmallCellSuppression}, applied by {@link PublishedStatistics}): every cell is
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

    private final PublishedStatistics statistics;

    public StatsController(PublishedStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Counts of the diagnoses stored in [from, to] (Brussels dates, both inclusive), with small-cell"
            + " suppression (a suppressed cell has count null and suppressed true)")
    @ApiResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PublishedStatistics.Stats.class)))
    @ApiResponse(responseCode = "400", description = "from or to is not an ISO date, or from is after to; field names which")
    @ApiResponse(responseCode = "403", description = "The role may not read statistics (PLANNER and ADMIN only)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public PublishedStatistics.Stats stats(@Parameter(description = "The first day (inclusive); none: from the first diagnosis", example = "2026-11-01",
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
        return statistics.between(fromDate, toDate);
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null; // absent, or a form's empty field
        }
        if (value.isBlank()) {
            // issue 15: whitespace only was read as "no bound", which widened the period without a word
            throw new BadInputException(field, "is blank (whitespace only): leave it out or give a date like 2026-11-30");
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
