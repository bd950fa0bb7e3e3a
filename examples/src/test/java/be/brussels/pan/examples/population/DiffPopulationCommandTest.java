package be.brussels.pan.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff-population command: the report on standard output; bad input named on standard error, exit 2. */
class DiffPopulationCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int diff(String... args) {
        out.reset();
        err.reset();
        return DiffPopulationCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private static String person(long id) {
        return PersonLine.of(id, 40, "1070").offers("o1").json();
    }

    @Test
    void twoRunsOfTheRealEngineHaveNoChangeAndTheSameReportTwice() {
        String before = dir.resolve("before.jsonl").toString();
        String after = dir.resolve("after.jsonl").toString();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(PopulationCommand.run(new String[] {"--size", "60", "--out", before}, quiet, quiet)).isZero();
        assertThat(PopulationCommand.run(new String[] {"--size", "60", "--out", after}, quiet, quiet)).isZero();

        assertThat(diff(before, after)).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("people: 60, of whom 0 (0.0 %) have at least one outcome changed")
                .contains("any of the above                     0  0.0 %");
        assertThat(diff(before, after)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);

        assertThat(diff(before, after, "--format", "markdown", "--examples", "0")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("### Policy diff\n").contains("| any of the above | 0 | 0.0 % |");
        assertThat(error()).isEmpty();
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path before = file("before.jsonl", person(1));

        assertThat(diff(before.toString(), dir.resolve("nowhere.jsonl").toString())).isEqualTo(2);
        assertThat(error()).contains("no such file: " + dir.resolve("nowhere.jsonl"));
        assertThat(out.size()).isZero();
    }

    @Test
    void aMalformedLineIsNamedByFileAndLine() throws IOException {
        Path before = file("before.jsonl", person(1), person(2), person(3));
        Path after = file("after.jsonl", person(1), "{\"id\":2,\"request\":", person(3));

        assertThat(diff(before.toString(), after.toString())).isEqualTo(2);
        assertThat(error()).startsWith("error: " + after + " line 2: not JSON");
        assertThat(out.size()).isZero();
    }

    @Test
    void aLineWithoutWhatTheDiffReadsNamesTheField() throws IOException {
        Path good = file("good.jsonl", person(1));
        String noPersona = person(1).replace("\"persona\":{\"code\":\"BENOIT\",", "\"persona\":{");
        String listAsText = person(1).replace("\"targetGroups\":[]", "\"targetGroups\":\"none\"");
        String noId = person(1).replace("{\"id\":1,", "{");
        String textId = person(1).replace("{\"id\":1,", "{\"id\":\"1\",");
        String array = "[" + person(1) + "]";
        String trailing = person(1) + " {}";
        String duplicateKey = person(1).replace("{\"id\":1,", "{\"id\":1,\"id\":2,");

        for (String[] bad : new String[][] {
                {noPersona, "line 1: response.persona.code is missing"},
                {listAsText, "line 1: response.targetGroups is not a list"},
                {noId, "line 1: id is missing or not a whole number"},
                {textId, "line 1: id is missing or not a whole number"},
                {array, "line 1: not a JSON object"},
                {trailing, "line 1: not JSON: more after the object"},
                {duplicateKey, "line 1: not JSON: Duplicate field 'id'"},
                {"", "line 1: an empty line"}}) {
            Path after = file("after.jsonl", bad[0]);
            assertThat(diff(good.toString(), after.toString())).as(bad[1]).isEqualTo(2);
            assertThat(error()).as(bad[1]).contains(after + " " + bad[1]);
        }
    }

    @Test
    void filesOfDifferentSizesAreRefused() throws IOException {
        Path three = file("three.jsonl", person(1), person(2), person(3));
        Path two = file("two.jsonl", person(1), person(2));

        assertThat(diff(three.toString(), two.toString())).isEqualTo(2);
        assertThat(error()).contains("different sizes: " + three + " has 3 people, " + two + " has 2");
        assertThat(diff(two.toString(), three.toString())).isEqualTo(2);
        assertThat(error()).contains("different sizes: " + two + " has 2 people, " + three + " has 3");
        assertThat(out.size()).isZero();
    }

    @Test
    void twoPopulationsThatAreNotTheSameAreRefusedNamingTheId() throws IOException {
        Path before = file("before.jsonl", person(1), person(2));
        Path otherRequest = file("other.jsonl", person(1), PersonLine.of(2, 41, "1070").offers("o1").json());
        Path otherIds = file("ids.jsonl", person(1), person(7));

        assertThat(diff(before.toString(), otherRequest.toString())).isEqualTo(2);
        assertThat(error()).contains("id 2: the request differs between " + before + " (line 2) and " + otherRequest + " (line 2)");
        assertThat(diff(before.toString(), otherIds.toString())).isEqualTo(2);
        assertThat(error()).contains("id 7 is in " + otherIds + " but not in " + before);
    }

    @Test
    void anIdTwiceIsRefused() throws IOException {
        Path twice = file("twice.jsonl", person(1), person(2), person(1));

        assertThat(diff(twice.toString(), twice.toString())).isEqualTo(2);
        assertThat(error()).contains(twice + " line 3: id 1 is already on line 1");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = file("empty.jsonl");

        assertThat(diff(empty.toString(), empty.toString())).isEqualTo(2);
        assertThat(error()).contains(empty + " has no people");
    }

    @Test
    void badArgumentsAreNamed() throws IOException {
        Path one = file("one.jsonl", person(1));

        assertThat(diff(one.toString())).isEqualTo(2);
        assertThat(error()).contains("two files are needed, BEFORE and AFTER; 1 given").contains("usage: diff-population");
        assertThat(diff(one.toString(), one.toString(), "--format", "html")).isEqualTo(2);
        assertThat(error()).contains("--format must be text or markdown, not 'html'");
        assertThat(diff(one.toString(), one.toString(), "--examples", "101")).isEqualTo(2);
        assertThat(error()).contains("--examples must be from 0 to 100, not 101");
        assertThat(diff(one.toString(), one.toString(), "--example", "1")).isEqualTo(2);
        assertThat(error()).contains("unknown option --example");
        assertThat(diff(one.toString(), "bad\u0000name")).isEqualTo(2);
        assertThat(error()).contains("not a file name: bad");
        assertThat(diff(one.toString(), dir.toString())).isEqualTo(2);
        assertThat(error()).contains("cannot read " + dir);
        assertThat(out.size()).isZero();
    }

    @Test
    void windowsLineEndsAndAMissingLastNewlineAreRead() throws IOException {
        Path crlf = Files.writeString(dir.resolve("crlf.jsonl"), person(1) + "\r\n" + person(2));
        Path lf = file("lf.jsonl", person(1), person(2));

        assertThat(diff(crlf.toString(), lf.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("people: 2, of whom 0");
    }
}
