package be.brussels.pan.service.web;

import be.brussels.pan.roster.domain.Week;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/** ISO weeks as the rosters and published sessions keep them ({@code 2026-W49}), read one way for every endpoint. */
public final class IsoWeeks {

    private IsoWeeks() {
    }

    /** The week of a Monday, written {@code 2026-W49}. */
    public static String of(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The first real ISO week in a problem id ({@code demand-2026-W49}), as the calendar export reads it. */
    public static Optional<String> inProblemId(String problemId) {
        return Week.mondayIn(problemId).map(IsoWeeks::of);
    }

    /** An optional week parameter: null when absent, else the week, or a 400 naming {@code field}. */
    public static String optional(String field, String week) {
        if (week == null) {
            return null;
        }
        return of(monday(field, week));
    }

    /** The Monday of a week parameter, or a 400 naming {@code field}. */
    public static LocalDate monday(String field, String week) {
        try {
            return Week.monday(week);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(field, Echo.of(week) + " " + e.getMessage());
        }
    }
}
