package be.brussels.pan.roster.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.json.SolutionJson;

class CsvExportTest {

    private final ProblemJson problem = read();

    private static ProblemJson read() {
        try (InputStream in = CsvExportTest.class.getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            return RosterJson.readProblem(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SolutionJson solution(List<AssignmentJson> assignments, List<UnassignedJson> unassigned) {
        return new SolutionJson(problem.id(), null, assignments, unassigned);
    }

    private static String csv(ProblemJson problem, SolutionJson solution) {
        StringBuilder out = new StringBuilder();
        CsvExport.write(problem, solution, out);
        return out.toString();
    }

    @Test
    void assignedRowsByDayAndTimeThenUnassignedWithTheirSessionFromTheProblem() {
        SolutionJson solution = solution(
                List.of(new AssignmentJson("s-002", "TUE-EV", "site-cpas", "anim-01", "kit-01"),
                        new AssignmentJson("s-001", "MON-AM", "epn-sks", "anim-01", null)),
                List.of(new UnassignedJson("s-003", List.of("first", "second")),
                        new UnassignedJson("s-999", List.of("not in the problem"))));

        List<String> lines = csv(problem, solution).lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvExport.HEADER));
        assertThat(lines.get(1)).startsWith("s-001,assigned,MONDAY,");
        assertThat(lines.get(2)).startsWith("s-002,assigned,TUESDAY,").contains(",kit-01,");
        assertThat(lines.get(3)).isEqualTo("s-003,unassigned,,,,,,,,,,,WORKSHOP,nl,SENIORS,6,21012,1,first | second");
        assertThat(lines.get(4)).isEqualTo("s-999,unassigned,,,,,,,,,,,,,,,,,not in the problem");
    }

    @Test
    void theRowsCarryTheProblemIndexTheyWereResolvedWith() {
        RosterRows rows = RosterRows.of(problem,
                solution(List.of(new AssignmentJson("s-001", "MON-AM", "epn-sks", "anim-01", null)), List.of()));
        assertThat(rows.index().sessions).containsOnlyKeys("s-001", "s-002", "s-003");
        assertThat(rows.assigned()).singleElement().satisfies(r -> assertThat(r.session())
                .isSameAs(rows.index().sessions.get("s-001")));
    }

    @Test
    void anUnknownIdFailsBeforeAnythingIsWritten() {
        SolutionJson solution = solution(List.of(new AssignmentJson("s-001", "MON-AM", "nowhere", "anim-01", null)),
                List.of());
        StringBuilder out = new StringBuilder();
        assertThatThrownBy(() -> CsvExport.write(problem, solution, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown venue 'nowhere'");
        assertThat(out).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsText() {
        SolutionJson solution = solution(List.of(), List.of(
                new UnassignedJson("s-001", List.of("=HYPERLINK(\"http://x\")")),
                new UnassignedJson("s-002", List.of("+1", "-2", "@SUM(A1)")),
                new UnassignedJson("s-003", List.of("no animator speaks fi"))));

        List<String> lines = csv(problem, solution).lines().toList();

        assertThat(lines.get(1)).endsWith(",\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(lines.get(2)).endsWith(",'+1 | -2 | @SUM(A1)");
        assertThat(lines.get(3)).endsWith(",no animator speaks fi");
        assertThat(CsvExport.cell(6)).isEqualTo(6);
        assertThat(CsvExport.cell("-3")).isEqualTo("'-3");
        assertThat(CsvExport.cell("")).isEqualTo("");
    }
}
