package be.brussels.pan.roster.export;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsExportTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final ProblemJson problem = read();

    private static ProblemJson read() {
        try (InputStream in = IcsExportTest.class.getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            return RosterJson.readProblem(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void oneAnimatorsCalendarInMemoryIsTheFileTheExportWrites(@TempDir Path dir) throws Exception {
        SolutionJson solution = new SolutionJson(problem.id(), null,
                List.of(new AssignmentJson("s-001", "MON-AM", "epn-sks", "anim-01", null)), List.of());

        List<Path> files = IcsExport.write(problem, solution, dir, MONDAY);
        String inMemory = IcsExport.calendarOf(problem, solution, "anim-01", MONDAY);

        assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName()).hasToString("anim-01.ics"));
        // The same calendar but for DTSTAMP, the moment each was made.
        assertThat(withoutStamps(inMemory)).isEqualTo(withoutStamps(Files.readString(files.get(0), StandardCharsets.UTF_8)))
                .contains("BEGIN:VEVENT").contains("TZID:Europe/Brussels");
    }

    @Test
    void anAnimatorWithoutSessionsGetsACalendarWithoutEvents() {
        SolutionJson solution = new SolutionJson(problem.id(), null,
                List.of(new AssignmentJson("s-001", "MON-AM", "epn-sks", "anim-01", null)), List.of());

        assertThat(IcsExport.calendarOf(problem, solution, "anim-02", MONDAY))
                .startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Brussels PAN//Weekly roster 1.0//EN\r\n")
                .doesNotContain("BEGIN:VEVENT").endsWith("END:VCALENDAR\r\n");
    }

    private static String withoutStamps(String calendar) {
        return calendar.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "");
    }
}
