package be.brussels.pan.examples.population;

import static be.brussels.pan.examples.population.Change.LEVEL;
import static be.brussels.pan.examples.population.Change.PERSONA;
import static be.brussels.pan.examples.population.Change.START_DIGITAL;
import static be.brussels.pan.examples.population.Change.TARGET_GROUPS;
import static be.brussels.pan.examples.population.Change.TOP_1;
import static be.brussels.pan.examples.population.Change.TOP_3_ORDER;
import static be.brussels.pan.examples.population.Change.TOP_3_SET;
import static be.brussels.pan.examples.population.Change.URGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hand-made files of five people with known differences; every figure of the diff is checked.
 *
 * <pre>
 * id  postcode            before → after
 * 1   1070 Anderlecht     nothing changes (JOB_SEEKERS)
 * 2   1000 Bruxelles      persona ESTEBAN → LOUIS, level SEVERE → HIGH, offers a,b,c → a,c,b (order only),
 *                         groups PRECARIOUS → JOB_SEEKERS, PRECARIOUS (joins JOB_SEEKERS)
 * 3   1300 outside        urgency MEDIUM → LOW, offers sd(Start Digital),b → b (top-1, set, order, Start Digital lost),
 *                         groups YOUTH → none (leaves YOUTH)
 * 4   no profile          offers x,y,z,w → x,y,z,sd2(Start Digital): the fourth only, so Start Digital gained and
 *                         no top-3 change; no target group
 * 5   1020 Bruxelles      level LOW → MODERATE, offers none → e (top-1, set, order), groups SENIORS, WOMEN → SENIORS
 * </pre>
 */
class DiffPopulationTest {

    @TempDir
    Path dir;
    private Path before;
    private Path after;

    @BeforeEach
    void write() throws IOException {
        List<PersonLine> was = List.of(
                PersonLine.of(1, 30, "1070").outcome("BENOIT", "HIGH", "HIGH").offers("o1").groups("JOB_SEEKERS"),
                PersonLine.of(2, 57, "1000").outcome("ESTEBAN", "HIGH", "SEVERE").offers("a", "b", "c").groups("PRECARIOUS"),
                PersonLine.of(3, 19, "1300").outcome("NOEMIE", "MEDIUM", "MODERATE").offers("sd:START_DIGITAL", "b").groups("YOUTH"),
                PersonLine.of(4, null, null).device("NONE").outcome("BENOIT", "LOW", "NONE").offers("x", "y", "z", "w"),
                PersonLine.of(5, 70, "1020").outcome("ANNE", "MEDIUM", "LOW").groups("SENIORS", "WOMEN"));
        List<PersonLine> is = List.of(
                was.get(0).version("1.1.0"),
                was.get(1).outcome("LOUIS", "HIGH", "HIGH").offers("a", "c", "b").groups("JOB_SEEKERS", "PRECARIOUS").version("1.1.0"),
                was.get(2).outcome("NOEMIE", "LOW", "MODERATE").offers("b").groups().version("1.1.0"),
                was.get(3).offers("x", "y", "z", "sd2:START_DIGITAL").version("1.1.0"),
                was.get(4).outcome("ANNE", "MEDIUM", "MODERATE").offers("e").groups("SENIORS").version("1.1.0"));
        before = file("before.jsonl", was);
        // AFTER in another order: people are matched by id.
        List<PersonLine> shuffled = new ArrayList<>(is);
        java.util.Collections.reverse(shuffled);
        after = file("after.jsonl", shuffled);
    }

    private Path file(String name, List<PersonLine> lines) throws IOException {
        return Files.write(dir.resolve(name), lines.stream().map(PersonLine::json).toList());
    }

    /** The counts in {@link Change} order: persona, urgency, level, top-1, top-3 set, top-3 order, Start Digital, groups. */
    private static void assertCounts(Counts counts, int people, int any, int... changes) {
        assertThat(counts.people()).as("people").isEqualTo(people);
        assertThat(counts.changedAny()).as("changed").isEqualTo(any);
        int[] actual = new int[Change.values().length];
        for (Change change : Change.values()) {
            actual[change.ordinal()] = counts.changed(change);
        }
        assertThat(actual).as("changes in Change order").containsExactly(changes);
    }

    @Test
    void theSummaryCountsEachChange() {
        PopulationDiff diff = PopulationDiff.compare(before.toString(), after.toString(), 5);

        //                          persona urg level top1 set order SD groups
        assertCounts(diff.all(), 5, 4, 1, 1, 2, 2, 2, 3, 2, 3);
        assertThat(diff.startDigitalGained()).isEqualTo(1);
        assertThat(diff.startDigitalLost()).isEqualTo(1);
        assertThat(diff.ruleBaseVersionsBefore()).containsExactly("1.0.0");
        assertThat(diff.ruleBaseVersionsAfter()).containsExactly("1.1.0");
    }

    @Test
    void byTargetGroupBeforeOrAfterWithJoinersAndLeavers() {
        Map<String, Counts> groups = PopulationDiff.compare(before.toString(), after.toString(), 5).byTargetGroup();

        assertThat(groups.keySet()).containsExactly("JOB_SEEKERS", "YOUTH", "SENIORS", "PRECARIOUS", "WOMEN", "(none)");
        assertCounts(groups.get("JOB_SEEKERS"), 2, 1, 1, 0, 1, 0, 0, 1, 0, 1);
        assertCounts(groups.get("YOUTH"), 1, 1, 0, 1, 0, 1, 1, 1, 1, 1);
        assertCounts(groups.get("SENIORS"), 1, 1, 0, 0, 1, 1, 1, 1, 0, 1);
        assertCounts(groups.get("PRECARIOUS"), 1, 1, 1, 0, 1, 0, 0, 1, 0, 1);
        assertCounts(groups.get("WOMEN"), 1, 1, 0, 0, 1, 1, 1, 1, 0, 1);
        assertCounts(groups.get("(none)"), 1, 1, 0, 0, 0, 0, 0, 0, 1, 0);
        assertThat(groups.get("JOB_SEEKERS").joinedCount()).isEqualTo(1);
        assertThat(groups.get("JOB_SEEKERS").leftCount()).isZero();
        assertThat(groups.get("YOUTH").leftCount()).isEqualTo(1);
        assertThat(groups.get("WOMEN").leftCount()).isEqualTo(1);
        assertThat(groups.get("WOMEN").joinedCount()).isZero();
        assertThat(groups.get("SENIORS").joinedCount() + groups.get("SENIORS").leftCount()).isZero();
        assertThat(groups.get("PRECARIOUS").joinedCount() + groups.get("PRECARIOUS").leftCount()).isZero();
    }

    @Test
    void byCommuneOfThePostcode() {
        Map<Place, Counts> places = PopulationDiff.compare(before.toString(), after.toString(), 5).byPlace();

        Place anderlecht = new Place("Anderlecht", "21001");
        Place bruxelles = new Place("Bruxelles", "21004");
        assertThat(places.keySet()).containsExactly(anderlecht, bruxelles, Place.OUTSIDE, Place.UNKNOWN);
        assertCounts(places.get(anderlecht), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        // 1000 and 1020 are both Bruxelles.
        assertCounts(places.get(bruxelles), 2, 2, 1, 0, 2, 1, 1, 2, 0, 2);
        assertCounts(places.get(Place.OUTSIDE), 1, 1, 0, 1, 0, 1, 1, 1, 1, 1);
        assertCounts(places.get(Place.UNKNOWN), 1, 1, 0, 0, 0, 0, 0, 0, 1, 0);
    }

    @Test
    void transitionsFromBeforeToAfter() {
        PopulationDiff diff = PopulationDiff.compare(before.toString(), after.toString(), 5);

        Transitions level = diff.level();
        assertThat(level.values()).containsExactly("NONE", "LOW", "MODERATE", "HIGH", "SEVERE");
        assertThat(cells(level)).isEqualTo(Map.of("NONE>NONE", 1, "LOW>MODERATE", 1, "MODERATE>MODERATE", 1,
                "HIGH>HIGH", 1, "SEVERE>HIGH", 1));
        assertThat(diff.urgency().values()).containsExactly("LOW", "MEDIUM", "HIGH");
        assertThat(cells(diff.urgency())).isEqualTo(Map.of("HIGH>HIGH", 2, "MEDIUM>LOW", 1, "LOW>LOW", 1, "MEDIUM>MEDIUM", 1));
        assertThat(diff.persona().values()).containsExactly("ESTEBAN", "LOUIS", "NOEMIE", "ANNE", "BENOIT");
        assertThat(cells(diff.persona())).isEqualTo(Map.of("BENOIT>BENOIT", 2, "ESTEBAN>LOUIS", 1, "NOEMIE>NOEMIE", 1,
                "ANNE>ANNE", 1));
    }

    /** The non-zero cells, as "from>to". */
    private static Map<String, Integer> cells(Transitions transitions) {
        Map<String, Integer> cells = new java.util.HashMap<>();
        for (String from : transitions.values()) {
            for (String to : transitions.values()) {
                if (transitions.count(from, to) > 0) {
                    cells.put(from + ">" + to, transitions.count(from, to));
                }
            }
        }
        return cells;
    }

    @Test
    void examplesAreTheFirstByIdWithTheirValuesAndWhoThePersonIs() {
        PopulationDiff diff = PopulationDiff.compare(before.toString(), after.toString(), 1);

        assertThat(diff.examples(PERSONA)).containsExactly(new Example(2, "ESTEBAN", "LOUIS",
                new RequestSummary(57, "1000", "COMPUTER", "HOME", "ALONE", "WITH_HELP")));
        assertThat(diff.examples(URGENCY)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "MEDIUM", "LOW"));
        assertThat(diff.examples(LEVEL)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "SEVERE", "HIGH"));
        assertThat(diff.examples(TOP_1)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "sd", "b"));
        assertThat(diff.examples(TOP_3_SET)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "b, sd", "b"));
        assertThat(diff.examples(TOP_3_ORDER)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "a > b > c", "a > c > b"));
        assertThat(diff.examples(START_DIGITAL)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "yes", "no"));
        assertThat(diff.examples(TARGET_GROUPS)).extracting(Example::id, Example::before, Example::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "PRECARIOUS", "JOB_SEEKERS, PRECARIOUS"));
        // The person without a profile: unknown age and postcode.
        assertThat(PopulationDiff.compare(before.toString(), after.toString(), 5).examples(START_DIGITAL))
                .extracting(Example::id).containsExactly(3L, 4L);
        assertThat(new RequestSummary(null, null, "NONE", "HOME", "ALONE", "WITH_HELP").toString())
                .isEqualTo("age ?, postcode ?; device NONE, internet HOME, email ALONE, online procedures WITH_HELP");
    }

    @Test
    void theMarkdownReportShowsTheFigures() {
        String report = DiffReport.of(PopulationDiff.compare(before.toString(), after.toString(), 2), DiffReport.Format.MARKDOWN);

        assertThat(report).contains("- people: 5, of whom 4 (80.0 %) have at least one outcome changed\n")
                .contains("- after:  " + after + " (rule base 1.1.0)\n")
                .contains("| outcome | people changed | share |\n|---|---:|---:|\n"
                        + "| persona | 1 | 20.0 % |\n"
                        + "| urgency | 1 | 20.0 % |\n"
                        + "| fragility level | 2 | 40.0 % |\n"
                        + "| top-1 offer | 2 | 40.0 % |\n"
                        + "| top-3 offers, as a set | 2 | 40.0 % |\n"
                        + "| top-3 offers, in order | 3 | 60.0 % |\n"
                        + "| Start Digital proposed | 2 | 40.0 % |\n"
                        + "| target groups | 3 | 60.0 % |\n"
                        + "| any of the above | 4 | 80.0 % |\n")
                .contains("Start Digital: now proposed to 1 person who did not have it, no longer to 1 person who had it.")
                .contains("| JOB_SEEKERS | 2 | 1 | 50.0 % | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 1 | 1 | 0 |\n")
                .contains("| Bruxelles | 21004 | 2 | 2 | 100.0 % | 1 | 0 | 2 | 1 | 1 | 2 | 0 | 2 |\n")
                .contains("| postcode unknown |  | 1 | 1 | 100.0 % | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 |\n")
                .contains("| before \\ after | NONE | LOW | MODERATE | HIGH | SEVERE |\n")
                .contains("| SEVERE | 0 | 0 | 0 | 1 | 0 |\n")
                .contains("##### top-3 offers, in order (the first 2 of 3, by id)\n\n- id 2: a > b > c → a > c > b (")
                .contains("##### persona (the one, by id)\n")
                .contains("##### Start Digital proposed (all 2, by id)\n\n"
                        + "- id 3: yes → no (age 19, postcode 1300; device COMPUTER, internet HOME, email ALONE, online procedures WITH_HELP)\n"
                        + "- id 4: no → yes (age ?, postcode ?; device NONE, internet HOME, email ALONE, online procedures WITH_HELP)\n");
    }

    @Test
    void theTextReportAlignsItsColumnsAndSaysWhenNothingChanged() {
        String report = DiffReport.of(PopulationDiff.compare(before.toString(), before.toString(), 5), DiffReport.Format.TEXT);

        assertThat(report).startsWith("Policy diff\n===========\n\n")
                .contains("people: 5, of whom 0 (0.0 %) have at least one outcome changed\n")
                .contains("outcome                 people changed  share\n"
                        + "persona                              0  0.0 %\n")
                .contains("persona (no change)\n")
                .doesNotContain(" → ")
                .doesNotContain("|");
        assertThat(report.lines()).allMatch(line -> line.equals(line.stripTrailing()));
    }

    @Test
    void theReportIsTheSameWhateverTheOrderOfTheLines() throws IOException {
        String inOrder = DiffReport.of(PopulationDiff.compare(before.toString(), after.toString(), 5), DiffReport.Format.TEXT);
        List<String> lines = new ArrayList<>(Files.readAllLines(after));
        java.util.Collections.rotate(lines, 2);
        Files.write(after, lines);

        assertThat(DiffReport.of(PopulationDiff.compare(before.toString(), after.toString(), 5), DiffReport.Format.TEXT))
                .isEqualTo(inOrder);
    }
}
