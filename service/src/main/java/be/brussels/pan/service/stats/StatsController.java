package be.brussels.pan.service.stats;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/stats?month=YYYY-MM} (PLANNER, ADMIN; statistics 2.0, issue 15): the counts of the diagnoses
 * stored in one ended calendar month (Brussels), without {@code month} the latest ended one: in total and by commune,
 * persona, target group, fragility level and channel, the fragility levels by commune ({@code levelByCommune}:
 * {@code [{commune, level, count}]}) and by target group ({@code levelByTargetGroup}), and the referrals created in
 * the month despite an exclusion ({@code overrides}, {@code overridesByRule}). No per-person data.
 *
 * <p>Only what is shown is listed ({@link PublishedStatistics.Stats}): a hidden cell is absent, like an empty one,
 * and a total under {@code pan.stats.min-cell} is null. The protection is {@link MonthlyRelease}'s; the reasons are
 * in {@code docs/security/disclosure.md}.
 *
 * <p>Statistics 1.x took any date range ({@code from}, {@code to}): two ranges one day apart gave that day's
 * diagnoses by subtraction. Those parameters are now a 400 naming them, as is {@code week} (weeks and months
 * overlap, so only months are published).
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "statistics", description = "Anonymised counts of the stored diagnoses, by ended calendar month (PLANNER, ADMIN)")
public class StatsController {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    /** The parameters of statistics 1.x, or that would ask for another period than a month. */
    private static final List<String> NOT_A_MONTH = List.of("from", "to", "week");
    /** The first month that can have diagnoses: the roster weeks' first year (there is nothing before). */
    private static final YearMonth FIRST = YearMonth.of(be.brussels.pan.roster.domain.Week.FIRST_YEAR, 1);

    private final PublishedStatistics statistics;

    public StatsController(PublishedStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Counts of the diagnoses stored in an ended calendar month (statistics 2.0): only the cells of at"
            + " least pan.stats.min-cell people that no subtraction can break are listed; a hidden cell is absent, like an"
            + " empty one")
    @ApiResponse(responseCode = "200", description = "The month's counts, the same at every call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PublishedStatistics.Stats.class)))
    @ApiResponse(responseCode = "400", description = "month is not YYYY-MM or has not ended; or from, to or week is given"
            + " (statistics 1.x took date ranges, which could be subtracted); field names which")
    @ApiResponse(responseCode = "403", description = "The role may not read statistics (PLANNER and ADMIN only)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public PublishedStatistics.Stats stats(
            @Parameter(description = "An ended calendar month (Brussels); none: the latest ended month", example = "2026-11",
                    schema = @Schema(type = "string", pattern = "[0-9]{4}-[0-9]{2}"))
            @RequestParam(name = "month", required = false) String month,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        for (String name : NOT_A_MONTH) {
            if (parameters.containsKey(name)) {
                throw new BadInputException(name, "statistics are published by calendar month only since statistics 2.0"
                        + " (issue 15): use month=YYYY-MM, not " + name);
            }
        }
        return statistics.month(month(month));
    }

    private YearMonth month(String value) {
        if (value == null) {
            return statistics.lastEnded();
        }
        YearMonth month;
        try {
            month = MONTH.matcher(value).matches() ? YearMonth.parse(value) : null;
        } catch (java.time.DateTimeException e) {
            month = null;
        }
        if (month == null) {
            throw new BadInputException("month", Echo.of(value) + " is not a month like 2026-11");
        }
        if (month.isBefore(FIRST)) {
            throw new BadInputException("month", month + " is before " + FIRST + ": no statistics");
        }
        if (!statistics.ended(month)) {
            throw new BadInputException("month", month + " has not ended: statistics are published for ended months"
                    + " only (the latest is " + statistics.lastEnded() + "), so that a month's numbers never change");
        }
        return month;
    }
}
