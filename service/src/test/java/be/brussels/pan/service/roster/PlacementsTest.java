package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.web.IsoWeeks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A roster's assignments dated in their ISO week, in Brussels time, and the weeks the rosters keep. */
class PlacementsTest {

    private static final ProblemGenerator.Generated WEEK = ProblemGenerator.generate(Dimensions.forSessions(20), 3, true);

    /** The clock changes on a Sunday: a week's sessions all have the offset of that week's Monday. */
    @ParameterizedTest
    @CsvSource({"2026-W13,2026-03-23,+01:00", "2026-W14,2026-03-30,+02:00", "2026-W43,2026-10-19,+02:00",
            "2026-W44,2026-10-26,+01:00", "2026-W53,2026-12-28,+01:00"})
    void eachSessionIsDatedOnItsDayOfTheWeekAtItsTimesInBrusselsTime(String week, LocalDate monday, String offset) {
        List<Placement> placements = Placements.of(week, WEEK.problem(), WEEK.hiddenAssignment());

        assertThat(placements).hasSize(WEEK.hiddenAssignment().assignments().size());
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            AssignmentJson a = WEEK.hiddenAssignment().assignments().get(i);
            ProblemJson.TimeslotJson slot = WEEK.problem().timeslots().stream()
                    .filter(t -> t.id().equals(a.timeslot())).findFirst().orElseThrow();
            assertThat(p.sessionRef()).isEqualTo(a.session());
            assertThat(p.start().toLocalDate()).isEqualTo(monday.plusDays(slot.day().ordinal()));
            assertThat(p.start().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(p.start().toLocalTime()).hasToString(slot.start());
            assertThat(p.end().toLocalTime()).hasToString(slot.end());
            assertThat(p.start().getOffset()).hasToString(offset);
            assertThat(p.end()).isAfter(p.start());
        }
    }

    @Test
    void seatsAreWhatTheVenueAndKitHoldCappedByTheParticipants() {
        for (Placement p : Placements.of("2026-W49", WEEK.problem(), WEEK.hiddenAssignment())) {
            ProblemJson.SessionJson s = WEEK.problem().sessions().stream().filter(x -> x.id().equals(p.sessionRef()))
                    .findFirst().orElseThrow();
            ProblemJson.VenueJson v = WEEK.problem().venues().stream().filter(x -> x.id().equals(p.venueId()))
                    .findFirst().orElseThrow();
            int devices = p.kitId() == null ? 0 : WEEK.problem().kits().stream()
                    .filter(k -> k.id().equals(p.kitId())).findFirst().orElseThrow().devices();
            assertThat(p.seats()).isEqualTo(Math.min(s.participants(), v.seats() + devices));
            assertThat(p.commune()).isEqualTo(v.commune());
            assertThat(p.demandCommune()).isEqualTo(s.commune());
        }
    }

    @Test
    void aWeekIsReadFromAProblemIdAndWrittenWithTwoDigits() {
        assertThat(IsoWeeks.inProblemId("demand-2026-W49")).contains("2026-W49");
        assertThat(IsoWeeks.inProblemId("plan-2025-W53-then-2026-W02")).as("2025 has no week 53").contains("2026-W02");
        assertThat(IsoWeeks.inProblemId("illustrative-M-seed42")).isEmpty();
        assertThat(IsoWeeks.of(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
        assertThat(IsoWeeks.of(LocalDate.of(2026, 12, 28))).isEqualTo("2026-W53");
    }

    @Test
    void theBackfillCountsAStoredListAndLeavesWhatItCannotReadEmpty() {
        assertThat(RosterCountsBackfill.count("{\"sessions\":[{},{},{}]}", "sessions")).isEqualTo(3);
        assertThat(RosterCountsBackfill.count("{\"assignments\":[]}", "assignments")).isZero();
        assertThat(RosterCountsBackfill.count(null, "assignments")).isNull();
        assertThat(RosterCountsBackfill.count("{\"sessions\":", "sessions")).isNull();
        assertThat(RosterCountsBackfill.count("{\"sessions\":7}", "sessions")).isNull();
    }
}
