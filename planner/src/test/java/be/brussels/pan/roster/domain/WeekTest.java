package be.brussels.pan.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeekTest {

    @Test
    void anIsoWeekStartsOnItsMonday() {
        assertThat(Week.monday("2026-W49")).isEqualTo(LocalDate.of(2026, 11, 30));
        // Week 1 is the week with 4 January: 2026-W01 starts in 2025.
        assertThat(Week.monday("2026-W01")).isEqualTo(LocalDate.of(2025, 12, 29));
        // 2026 has 53 ISO weeks.
        assertThat(Week.monday("2026-W53")).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-W53", "2026-W54", "2026-W60", "2026-W00"})
    void aWeekItsYearDoesNotHaveIsRefusedNotRolledOver(String week) {
        // LocalDate.with(WEEK_OF_WEEK_BASED_YEAR, 53) on a 52-week year would silently give next year's week 1.
        assertThatThrownBy(() -> Week.monday(week)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("is not a week of ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-W01", "1999-W10"})
    void aWeekBefore2000IsRefused(String week) {
        assertThatThrownBy(() -> Week.monday(week)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is not a week from 2000 on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-49", "2026-W4", "2026-W49x", "next", ""})
    void textThatIsNotAnIsoWeekIsRefused(String week) {
        assertThatThrownBy(() -> Week.monday(week)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is not an ISO week like 2026-W49");
    }

    @Test
    void aProblemIdNamesItsWeekWhenItHoldsARealOne() {
        assertThat(Week.mondayIn("brussels-2026-W49")).contains(LocalDate.of(2026, 11, 30));
        assertThat(Week.mondayIn("demand-2026-W60-then-2026-W50")).contains(LocalDate.of(2026, 12, 7));
        assertThat(Week.mondayIn("illustrative-10-seed7")).isEmpty();
        assertThat(Week.mondayIn(null)).isEmpty();
    }

    @Test
    void theComingWeekIsCountedInBrusselsTime() {
        // Sunday 29 November 2026, 23:30 UTC is already Monday 30 November 00:30 in Brussels: the coming week
        // is then the one of Monday 7 December, not of Monday 30 November as a UTC clock would say.
        Clock lateSundayUtc = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneOffset.UTC);
        assertThat(Week.comingMonday(lateSundayUtc)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Property
    void everyRealWeekGivesAMondayThatIsInThatWeek(@ForAll @IntRange(min = 2000, max = 2100) int year,
                                                    @ForAll @IntRange(min = 1, max = 53) int week) {
        String text = String.format("%d-W%02d", year, week);
        long weeksInYear = LocalDate.of(year, 1, 4).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week > weeksInYear) {
            assertThatThrownBy(() -> Week.monday(text)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        LocalDate monday = Week.monday(text);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monday.get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(year);
        assertThat(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(week);
    }
}
