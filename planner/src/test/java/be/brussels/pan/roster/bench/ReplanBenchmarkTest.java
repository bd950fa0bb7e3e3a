package be.brussels.pan.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.generator.Absence;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.PublishedWeek;

/** The re-planning benchmark's yardstick, decided by the independent checker, and its table. */
class ReplanBenchmarkTest {

    @Test
    void theLockedSessionsAChangeAllowsAreAllButTheAbsentAnimatorsOnThatDay() {
        ProblemGenerator.Generated week = ProblemGenerator.generate(Size.S, 11, true);
        ProblemJson published = PublishedWeek.apply(week.problem(), week.hiddenAssignment(), id -> true);
        Absence.Of absence = Absence.hardest(published);
        ProblemJson changed = Absence.apply(published, absence);
        Set<String> daySlots = changed.timeslots().stream().filter(t -> t.day() == absence.day())
                .map(t -> t.id()).collect(Collectors.toSet());
        Set<String> hit = changed.sessions().stream()
                .filter(s -> s.published().animator().equals(absence.animator())
                        && daySlots.contains(s.published().timeslot()))
                .map(SessionJson::id).collect(Collectors.toSet());

        Set<String> allowed = ReplanBenchmark.lockedAllowed(changed);

        assertThat(hit).isNotEmpty();
        assertThat(allowed).hasSize(changed.sessions().size() - hit.size()).doesNotContainAnyElementsOf(hit);
        // Unchanged, every locked session could stay.
        assertThat(ReplanBenchmark.lockedAllowed(published)).hasSize(published.sessions().size());
    }

    @Test
    void eachWeekIsOneRowOfTheTable() {
        String table = ReplanBenchmark.markdown(List.of(new ReplanBenchmark.Result(3, "anim-012 FRIDAY", 0, 0, -9611,
                28, 28, 7414, true, 200, 100, 97, 97, 3, 3, 1, 0, 0, 0, 185)));
        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().skip(2).findFirst().orElseThrow()).isEqualTo("| 3 | anim-012 FRIDAY | "
                + "0hard/0medium/-9611soft | 28 | 28 | 7414 | yes | 100 of 200 | 3 | 97 of 97 | 3 / 1 | 0 | 0 "
                + "| feasible | 185 |");
    }
}
