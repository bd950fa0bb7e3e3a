package be.brussels.pan.roster.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The week a roster plans: an ISO week written {@code 2026-W49}, in Brussels time. One reading of it for the
 * calendar export, the command line and the service, so that they agree on which days a week holds.
 */
public final class Week {

    /** The Region's time: sessions start at Brussels local times, and a day starts at Brussels midnight. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final Pattern ISO_WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})");

    /** The first year a week may be in. */
    public static final int FIRST_YEAR = 2000;

    private Week() {
    }

    /**
     * The Monday of an ISO week written {@code 2026-W49}. The exception's message says what is wrong without
     * repeating the text ("is not an ISO week like 2026-W49"): the caller names the field and quotes the value.
     *
     * @throws IllegalArgumentException if the text is not written so, if its year is before {@value #FIRST_YEAR}, or
     *                                  if its year has no such week (a year has 52 or 53 ISO weeks: 2026-W53 is
     *                                  real, 2025-W53 is not)
     */
    public static LocalDate monday(String isoWeek) {
        Matcher m = isoWeek == null ? null : ISO_WEEK.matcher(isoWeek);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("is not an ISO week like 2026-W49");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < FIRST_YEAR) {
            // Rosters are planned for weeks to come; before 1900 Brussels time was not even UTC+1 (the calendar
            // files of 0000-W01 started at 20:57:30).
            throw new IllegalArgumentException("is not a week from " + FIRST_YEAR + " on");
        }
        LocalDate jan4 = LocalDate.of(year, 1, 4); // always in week 1 of its ISO year
        long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("is not a week of " + year + ", which has " + weeks + " ISO weeks");
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The Monday of the first real ISO week written in a text, such as the problem id {@code brussels-2026-W49}. */
    public static Optional<LocalDate> mondayIn(String text) {
        Matcher m = ISO_WEEK.matcher(text == null ? "" : text);
        while (m.find()) {
            try {
                return Optional.of(monday(m.group()));
            } catch (IllegalArgumentException notARealWeek) {
                // 2026-W60 in an id names no week: look further
            }
        }
        return Optional.empty();
    }

    /**
     * The week a problem's calendars go in: the first real ISO week in its id ({@code brussels-2026-W49}), else
     * the coming week in Brussels.
     */
    public static LocalDate forProblem(String problemId) {
        return mondayIn(problemId).orElseGet(() -> comingMonday(Clock.systemUTC()));
    }

    /** The Monday after today in Brussels (the coming week), whatever the machine's own time zone. */
    public static LocalDate comingMonday(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
