package be.brussels.pan.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;

class RosterCliTest {

    @TempDir
    Path dir;
    private Path problemFile;
    private String problemText;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyProblem() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            problemText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        problemFile = dir.resolve("problem.json");
        Files.writeString(problemFile, problemText);
    }

    private int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private int run(InputStream in, String... args) {
        out.reset();
        err.reset();
        return RosterCli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rosterPrintsACheckedSolution() {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();

        SolutionJson solution = RosterJson.readSolution(stdout());
        ProblemJson problem = RosterJson.readProblem(problemText);
        assertThat(FeasibilityChecker.check(problem, solution).violations()).isEmpty();
        assertThat(solution.assignments()).extracting(a -> a.session()).contains("s-001", "s-002");
        assertThat(solution.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.session()).isEqualTo("s-003");
            assertThat(u.reasons()).containsExactly("H5/H6: no animator speaks nl and has skills SENIORS");
        });
    }

    @Test
    void rosterReadsStdinWithDash() {
        InputStream in = new ByteArrayInputStream(problemText.getBytes(StandardCharsets.UTF_8));
        assertThat(run(in, "roster", "-", "--seconds", "1")).isZero();
        assertThat(RosterJson.readSolution(stdout()).problemId()).isEqualTo("brussels-2026-W49");
    }

    @Test
    void badInputExitsWithTwoNamesTheIdAndPrintsNothingOnStdout() throws Exception {
        Files.writeString(problemFile, problemText.replace("\"id\": \"s-003\"", "\"id\": \"s-001\""));
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("duplicate id 's-001'");

        Files.writeString(problemFile, problemText.replace("\"priority\": 3", "\"priority\": 7"));
        assertThat(run("roster", problemFile.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("session s-002 priority");
    }

    @Test
    void theLargestAcceptedSeatsDevicesAndParticipantsAreSolvedAndCheckedWithoutOverflow() throws Exception {
        // seats + devices was an int sum (solver and checker): 2147483647 + 2147483647 = -2, so the mobile
        // session s-002 (pinned to the partner site with the kit) was refused as breaking H8.
        String max = String.valueOf(Integer.MAX_VALUE);
        Files.writeString(problemFile, problemText.replace("\"seats\": 4", "\"seats\": " + max)
                .replace("\"devices\": 10", "\"devices\": " + max)
                .replace("\"participants\": 8", "\"participants\": " + max));
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).as(stderr()).isZero();
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, stdout());
        assertThat(RosterJson.readSolution(stdout()).assignments()).extracting(a -> a.session()).contains("s-002");
        assertThat(run("check", problemFile.toString(), solutionFile.toString())).as(stdout()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("generate", "--size", "XL", "--seed", "1")).isEqualTo(2);
        assertThat(stderr()).contains("--size must be S, M or L");
        assertThat(run("roster", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no such file");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("roster", problemFile.toString(), "--seconds", "soon")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void secondsHasAnUpperBoundOfOneDay() {
        // 9223372036854775807 used to end in an ArithmeticException and a stack trace (exit 1), and
        // 9223372036854775 in a solve that never ends.
        for (String seconds : new String[] {"9223372036854775807", "9223372036854775", "86401", "0", "-5"}) {
            assertThat(run("roster", problemFile.toString(), "--seconds", seconds)).as(seconds).isEqualTo(2);
            assertThat(stderr()).as(seconds)
                    .startsWith("error: --seconds must be between 1 and 86400 (one day), not " + seconds + "\n");
            assertThat(stdout()).isEmpty();
        }
    }

    @Test
    void aReproducibleSolveGivesTheSameSolutionEveryRun() {
        assertThat(run("roster", problemFile.toString(), "--seconds", "5", "--reproducible", "--seed", "3")).isZero();
        String first = stdout();
        assertThat(stderr()).doesNotContain("warning");
        assertThat(run("roster", problemFile.toString(), "--reproducible", "--seconds", "5", "--seed", "3")).isZero();
        assertThat(stdout()).isEqualTo(first);
        assertThat(FeasibilityChecker.check(RosterJson.readProblem(problemText), RosterJson.readSolution(first))
                .violations()).isEmpty();

        assertThat(run("roster", problemFile.toString(), "--seed", "3")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --seed is the seed of a reproducible solve: give --reproducible");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void replanKeepsWhatItCanAndReportsWhatAnAbsenceChanged() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "2", "--reproducible")).isZero();
        Path published = dir.resolve("published.json");
        Files.writeString(published, stdout());
        String slot = RosterJson.readSolution(stdout()).assignments().stream()
                .filter(a -> a.session().equals("s-001")).findFirst().orElseThrow().timeslot();

        // anim-01, the only one who can run the Start Digital session s-001 (on Monday), is absent on Monday.
        assertThat(run("generate", "--from", problemFile.toString(), "--absent", "anim-01:MONDAY")).isZero();
        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, stdout());
        ProblemJson changedProblem = RosterJson.readProblem(stdout());
        assertThat(changedProblem.animators().get(0).available()).containsExactly("TUE-EV");
        assertThat(changedProblem.id()).isEqualTo("brussels-2026-W49");
        // The busiest animator and day of the published week is the same one.
        assertThat(run("generate", "--from", problemFile.toString(), "--absent", "busiest", "--published",
                published.toString())).isZero();
        assertThat(RosterJson.readProblem(stdout())).isEqualTo(changedProblem);

        assertThat(run("roster", "replan", changed.toString(), "--published", published.toString(), "--lock", "all",
                "--seconds", "2", "--reproducible")).isZero();
        SolutionJson replan = RosterJson.readSolution(stdout());
        assertThat(FeasibilityChecker.check(changedProblem, replan).violations()).isEmpty();
        assertThat(replan.changes()).extracting(c -> c.session()).containsExactly("s-001", "s-002");
        SolutionJson.ChangeJson dropped = replan.changes().get(0);
        assertThat(dropped.change()).isEqualTo(SolutionJson.Change.DROPPED);
        assertThat(dropped.locked()).isTrue();
        assertThat(dropped.from().timeslot()).isEqualTo(slot);
        assertThat(dropped.to()).isNull();
        assertThat(dropped.reasons()).first().isEqualTo("H4: animator anim-01 is not available in " + slot);
        assertThat(dropped.reasons()).hasSizeGreaterThan(1); // and why it could not go elsewhere
        // s-002 is pinned by the problem: kept, and not locked (its pin keeps it).
        assertThat(replan.changes().get(1)).satisfies(c -> {
            assertThat(c.change()).isEqualTo(SolutionJson.Change.KEPT);
            assertThat(c.locked()).isFalse();
        });
    }

    @Test
    void badReplanAndAbsenceInputIsNamed() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path published = dir.resolve("published.json");
        Files.writeString(published, stdout());
        Path other = dir.resolve("other.json");
        Files.writeString(other, stdout().replace("brussels-2026-W49", "brussels-2026-W50"));

        assertThat(run("roster", "replan", problemFile.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: roster replan needs --published SOLUTION.json");
        assertThat(run("roster", "replan", problemFile.toString(), "--published", published.toString(), "--lock",
                "s-001,s-999")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --lock: 's-999' is not a session of the problem");
        assertThat(run("roster", "replan", problemFile.toString(), "--published", other.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("invalid input: problemId: the published solution is for problem "
                + "'brussels-2026-W50', not 'brussels-2026-W49'");
        assertThat(run("roster", problemFile.toString(), "--published", published.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: unexpected arguments [--published");

        String from = problemFile.toString();
        assertThat(run("generate", "--from", from, "--absent", "anim-02:TUESDAY")).isEqualTo(2);
        assertThat(stderr()).startsWith("invalid input: animator anim-02 available: is not available on TUESDAY "
                + "anyway");
        assertThat(run("generate", "--from", from, "--absent", "anim-09:MONDAY")).isEqualTo(2);
        assertThat(stderr()).startsWith("invalid input: animator anim-09: is not in the problem");
        assertThat(run("generate", "--from", from, "--absent", "anim-01:FUNDAY")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --absent: 'FUNDAY' is not a day");
        assertThat(run("generate", "--from", from, "--absent", "anim-01")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --absent must be ANIMATOR:DAY");
        assertThat(run("generate", "--from", from, "--absent", "busiest")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --absent busiest needs published sessions");
        assertThat(run("generate", "--from", from)).isEqualTo(2);
        assertThat(stderr()).startsWith("error: give both --from PROBLEM.json and --absent");
        assertThat(run("generate", "--from", from, "--absent", "anim-01:MONDAY", "--size", "S")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: unexpected arguments [--size, S]");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void generatePrintsAnIllustrativeProblem() {
        assertThat(run("generate", "--size", "S", "--seed", "5", "--feasible")).isZero();
        ProblemJson p = RosterJson.readProblem(stdout());
        assertThat(p.id()).isEqualTo("illustrative-S-seed5-feasible");
        assertThat(p.sessions()).hasSize(40);
    }

    @Test
    void generateAcceptsASessionCount() {
        assertThat(run("generate", "--sessions", "60", "--seed", "5")).isZero();
        assertThat(RosterJson.readProblem(stdout()).sessions()).hasSize(60);
        assertThat(run("generate", "--sessions", "60", "--size", "S", "--seed", "5")).isEqualTo(2);
    }

    @Test
    void everyGivenGenerateOptionIsChecked() {
        // -1 and Long.MIN_VALUE were "not given": --size S --sessions -1 silently generated S.
        assertThat(run("generate", "--size", "S", "--sessions", "-1", "--seed", "1")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --sessions must be between 1 and 5000, not -1\n");
        assertThat(stdout()).isEmpty();
        assertThat(run("generate", "--sessions", "-1", "--seed", "1")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --sessions must be between 1 and 5000, not -1\n");
        assertThat(run("generate", "--size", "S", "--sessions", "10", "--seed", "1")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: give one of --size S|M|L or --sessions N, not both\n");
        assertThat(run("generate", "--size", "S")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: generate needs --seed K\n");
        assertThat(run("generate", "--seed", "1")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: generate needs --size S|M|L or --sessions N\n");
        // Every long is a seed, Long.MIN_VALUE included (it used to mean "no --seed").
        assertThat(run("generate", "--sessions", "5", "--seed", String.valueOf(Long.MIN_VALUE))).as(stderr()).isZero();
        assertThat(RosterJson.readProblem(stdout()).sessions()).hasSize(5);
    }

    @Test
    void repeatedAndUnknownOptionsAreNamed() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1", "--seconds", "2")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --seconds given twice\n");
        assertThat(run("generate", "--size", "S", "--seed", "1", "--feasible", "--feasible")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --feasible given twice\n");
        assertThat(stdout()).isEmpty();

        // A mistyped option before the files used to take the problem file as its value ("missing SOLUTION.json").
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, stdout());
        assertThat(run("check", "--verbose", problemFile.toString(), solutionFile.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: unknown option --verbose\n");
        assertThat(run("check", problemFile.toString(), solutionFile.toString(), "--verbose")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: unknown option --verbose\n");
        assertThat(stdout()).isEmpty();
        // An option's value may look like anything, and "--help" still prints the usage.
        assertThat(run("--help")).isZero();
        assertThat(stdout()).startsWith("usage:");
    }

    @Test
    void exportsCsvAndOneIcsPerAnimator() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, stdout());

        assertThat(run("export", "csv", solutionFile.toString(), problemFile.toString())).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("session,status,day,start,end,timeslot,venue");
        assertThat(lines).hasSize(4);
        assertThat(lines).anyMatch(l -> l.startsWith("s-003,unassigned") && l.contains("SENIORS"));

        Path icsDir = dir.resolve("ics");
        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out",
                icsDir.toString())).isZero();
        Path anim01 = icsDir.resolve("anim-01.ics");
        assertThat(anim01).exists();
        Calendar calendar = new CalendarBuilder().build(Files.newInputStream(anim01));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        // Week 49 of 2026 (from the problem id) starts on Monday 30 November 2026.
        assertThat(Files.readString(anim01)).contains("20261130T090000").contains("20261201T180000")
                .contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Brussels");
    }

    @Test
    void checkAndExportRefuseBrokenFilesBeforeWritingAnything() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path solutionFile = dir.resolve("solution.json");
        String solution = stdout();
        Files.writeString(solutionFile, solution);

        Path noSeats = dir.resolve("no-seats.json");
        Files.writeString(noSeats, problemText.replaceFirst("\"seats\"\\s*:\\s*\\d+\\s*,", ""));
        assertThat(run("check", noSeats.toString(), solutionFile.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("seats");

        Path noReasons = dir.resolve("no-reasons.json");
        Files.writeString(noReasons, solution.replaceFirst("\"reasons\"\\s*:\\s*\\[[^\\]]*\\]", "\"reasons\" : null"));
        assertThat(run("export", "csv", noReasons.toString(), problemFile.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("unassigned[0].reasons");

        Path unknownVenue = dir.resolve("unknown-venue.json");
        Files.writeString(unknownVenue, solution.replaceFirst("\"venue\"\\s*:\\s*\"[^\"]+\"", "\"venue\" : \"nowhere\""));
        assertThat(run("export", "csv", unknownVenue.toString(), problemFile.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aSolutionWithoutItsListsIsBadInputForEveryCommandThatReadsOne() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        String solution = stdout();
        Path noAssignments = dir.resolve("no-assignments.json");
        Files.writeString(noAssignments, solution.replaceFirst("\"assignments\"\\s*:\\s*\\[[^\\]]*\\]\\s*,", ""));
        Path nullEntry = dir.resolve("null-entry.json");
        Files.writeString(nullEntry, solution.replaceFirst("\"unassigned\"\\s*:\\s*\\[", "\"unassigned\" : [ null,"));

        assertThat(run("check", problemFile.toString(), noAssignments.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("invalid input: assignments:");
        assertThat(run("export", "csv", nullEntry.toString(), problemFile.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("invalid input: unassigned[0]");
        assertThat(run("export", "ics", problemFile.toString(), noAssignments.toString(), "--out",
                dir.resolve("ics").toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(dir.resolve("ics")).doesNotExist();
    }

    @Test
    void theSolutionIsRecognisedByItsTopLevelMembersNotByTextInside() throws Exception {
        // Inputs.read used to look for the text "problemId" anywhere in the first file: a problem whose
        // targetGroup is "problemId" was taken for the solution, and the solution for the problem.
        Files.writeString(problemFile, problemText.replace("\"targetGroup\": \"SENIORS\"", "\"targetGroup\": \"problemId\""));
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, stdout());

        assertThat(run("check", problemFile.toString(), solutionFile.toString())).as(stderr()).isZero();
        assertThat(stdout()).startsWith("feasible: 0 violation(s)");
        assertThat(run("export", "csv", problemFile.toString(), solutionFile.toString())).as(stderr()).isZero();
        assertThat(stdout()).contains("s-002,assigned");
        assertThat(run("export", "csv", solutionFile.toString(), problemFile.toString())).as(stderr()).isZero();

        // Two solutions are not a problem and a solution.
        assertThat(run("check", solutionFile.toString(), solutionFile.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: both ").contains("are solutions");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void errorsFromTheTwoFilesNameTheFile() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        String solution = stdout();
        Path noAssignments = dir.resolve("no-assignments.json");
        Files.writeString(noAssignments, solution.replaceFirst("\"assignments\"\\s*:\\s*\\[[^\\]]*\\]\\s*,", ""));
        assertThat(run("check", problemFile.toString(), noAssignments.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("invalid input: assignments: missing or null (in " + noAssignments + ")\n");
        assertThat(stdout()).isEmpty();

        Path badProblem = dir.resolve("bad-problem.json");
        Files.writeString(badProblem, problemText.replace("\"priority\": 3", "\"priority\": 7"));
        assertThat(run("export", "csv", noAssignments.toString(), badProblem.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("invalid input: session s-002 priority: must be 1, 2 or 3, was 7 (in "
                + badProblem + ")");

        // Not UTF-8: used to be "error: java.nio.charset.MalformedInputException: Input length = 1".
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, problemText.replace("Anim 1", "Anim \u00e9").getBytes(StandardCharsets.ISO_8859_1));
        Path icsDir = dir.resolve("ics");
        assertThat(run("export", "ics", latin1.toString(), noAssignments.toString(), "--out", icsDir.toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: " + latin1 + " is not UTF-8 text (JSON must be UTF-8)\n");
        assertThat(stdout()).isEmpty();
        assertThat(icsDir).doesNotExist();
    }

    /** A broken copy of the solution: the change, and a text that check's report and the export's error contain. */
    private record Break(String name, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change,
                         String expected) {
    }

    @Test
    void exportsRefuseASolutionThatBreaksTheContractAndCheckReportsIt() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String solution = stdout();
        // The solver's answer: s-001 and s-002 assigned, s-003 unassigned with one reason.
        List<Break> breaks = List.of(
                new Break("duplicate", s -> s.withArray("assignments").add(s.withArray("assignments").get(1).deepCopy()),
                        "appears 2 times"),
                new Break("missing", s -> s.withArray("unassigned").remove(0), "s-003: appears 0 times"),
                new Break("unknown-kit", s -> s.withArray("assignments").forEach(a -> ((com.fasterxml.jackson.databind.node.ObjectNode) a)
                        .put("kit", "kit-zz")), "unknown kit 'kit-zz'"),
                new Break("unknown-unassigned", s -> s.withArray("unassigned").addObject().put("session", "s-999")
                        .putArray("reasons").add("x"), "s-999: unknown session"),
                new Break("null-session", s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s.withArray("unassigned").get(0))
                        .putNull("session"), "unassigned[0].session: missing or null"),
                new Break("empty-reasons", s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s.withArray("unassigned").get(0))
                        .putArray("reasons"), "s-003: unassigned without a reason"),
                new Break("null-reason", s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s.withArray("unassigned").get(0))
                        .putArray("reasons").addNull(), "s-003: a reason is null or blank"),
                new Break("other-problem", s -> s.put("problemId", "brussels-2026-W50"),
                        "problemId: the solution is for problem 'brussels-2026-W50', not 'brussels-2026-W49'"),
                new Break("no-problem-id", s -> s.remove("problemId"), "problemId: missing"));
        for (Break b : breaks) {
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(solution);
            b.change().accept(tree);
            Path broken = dir.resolve(b.name() + ".json");
            Files.writeString(broken, tree.toPrettyString());

            assertThat(run("check", problemFile.toString(), broken.toString())).as(b.name() + " " + stderr()).isEqualTo(1);
            assertThat(stdout()).as(b.name()).startsWith("INFEASIBLE").contains(b.expected());

            assertThat(run("export", "csv", broken.toString(), problemFile.toString())).as(b.name()).isEqualTo(2);
            assertThat(stdout()).as(b.name()).isEmpty();
            assertThat(stderr()).as(b.name()).startsWith("invalid input: ").contains(b.expected())
                    .contains("(in " + broken + ")").doesNotContain("Exception");

            Path icsDir = dir.resolve("ics-" + b.name());
            assertThat(run("export", "ics", problemFile.toString(), broken.toString(), "--out", icsDir.toString()))
                    .as(b.name()).isEqualTo(2);
            assertThat(stdout()).as(b.name()).isEmpty();
            assertThat(stderr()).as(b.name()).contains(b.expected());
            assertThat(icsDir).as(b.name()).doesNotExist();
        }

        // A roster that only breaks a hard constraint (s-001 at a venue closed in TUE-EV, H7) is still exported.
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(solution);
        tree.withArray("assignments").forEach(a -> {
            if (a.get("session").asText().equals("s-001")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("timeslot", "TUE-EV");
            }
        });
        Path hardBreak = dir.resolve("h7.json");
        Files.writeString(hardBreak, tree.toPrettyString());
        assertThat(run("check", problemFile.toString(), hardBreak.toString())).isEqualTo(1);
        assertThat(stdout()).contains("H7 s-001");
        assertThat(run("export", "csv", hardBreak.toString(), problemFile.toString())).as(stderr()).isZero();
        assertThat(stdout()).contains("s-001,assigned,TUESDAY");
    }

    @Test
    void icsIsWrittenAllOrNothing() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, stdout());
        // The solver's roster has calendars for anim-01 only; anim-01.ics is a directory in the target.
        Path icsDir = dir.resolve("ics");
        Files.createDirectories(icsDir.resolve("anim-01.ics"));
        Files.writeString(icsDir.resolve("old.txt"), "kept");
        List<String> before;
        try (var files = Files.walk(icsDir)) {
            before = files.map(Path::toString).sorted().toList();
        }

        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", icsDir.toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: --out: cannot write the calendars into " + icsDir + ": "
                + icsDir.resolve("anim-01.ics") + ": exists and is not a regular file\n");
        assertThat(stdout()).isEmpty();
        try (var files = Files.walk(icsDir)) {
            assertThat(files.map(Path::toString).sorted().toList()).isEqualTo(before);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".ics-"));
        }

        // Into an existing directory: the calendars replace older ones, other files stay.
        Files.delete(icsDir.resolve("anim-01.ics"));
        Files.writeString(icsDir.resolve("anim-01.ics"), "old");
        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", icsDir.toString()))
                .as(stderr()).isZero();
        assertThat(Files.readString(icsDir.resolve("anim-01.ics"))).startsWith("BEGIN:VCALENDAR");
        assertThat(icsDir.resolve("old.txt")).hasContent("kept");

        // A regular file as --out (used to be "error: java.nio.file.FileAlreadyExistsException: regfile").
        Path regular = dir.resolve("regfile");
        Files.writeString(regular, "x");
        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", regular.toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: --out: cannot write the calendars into " + regular + ": " + regular
                + " exists and is not a directory\n");
        assertThat(regular).hasContent("x");

        // A new directory under missing parents: nothing is left when it fails, all of it when it works.
        Path tooLong = dir.resolve("x").resolve("y").resolve("n".repeat(300));
        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", tooLong.toString()))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("error: --out: cannot write the calendars into " + tooLong + ": ")
                .doesNotContain("Exception");
        assertThat(dir.resolve("x")).doesNotExist();
        Path deep = dir.resolve("a").resolve("b").resolve("ics");
        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", deep.toString()))
                .as(stderr()).isZero();
        assertThat(deep.resolve("anim-01.ics")).exists();
        assertThat(stdout().trim()).isEqualTo(deep.resolve("anim-01.ics").toString());

        // A blank --out used to write into the current directory.
        for (String blank : new String[] {"", " "}) {
            assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", blank)).isEqualTo(2);
            assertThat(stderr()).startsWith("error: --out must name a directory, not be blank\n");
            assertThat(stdout()).isEmpty();
        }
    }

    @Test
    void twoAnimatorsWhoseIdsGiveTheSameFileNameAreRefused() throws Exception {
        // 'anim 01' and 'anim_01' both give anim_01.ics: the second calendar used to overwrite the first (exit 0).
        Files.writeString(problemFile, problemText.replace("anim-01", "anim 01").replace("anim-02", "anim_01"));
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, """
                { "problemId": "brussels-2026-W49", "score": null,
                  "assignments": [
                    { "session": "s-001", "timeslot": "MON-AM", "venue": "epn-sks", "animator": "anim 01", "kit": null },
                    { "session": "s-002", "timeslot": "TUE-EV", "venue": "site-cpas", "animator": "anim 01", "kit": "kit-01" },
                    { "session": "s-003", "timeslot": "MON-AM", "venue": "site-cpas", "animator": "anim_01", "kit": null } ],
                  "unassigned": [] }
                """);
        Path icsDir = dir.resolve("ics");
        assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", icsDir.toString()))
                .isEqualTo(2);
        assertThat(stderr()).isEqualTo("error: animators 'anim 01' and 'anim_01' would both be written to anim_01.ics\n");
        assertThat(stdout()).isEmpty();
        assertThat(icsDir).doesNotExist();
    }

    @Test
    void weekIsTakenFromOptionOrProblemId() {
        assertThat(RosterCli.monday("2026-W01", "x")).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(RosterCli.monday(null, "brussels-2026-W49")).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aWeekThatDoesNotExistIsBadInputNotACrashNorAnotherWeek() throws Exception {
        assertThat(run("roster", problemFile.toString(), "--seconds", "1")).isZero();
        Path solutionFile = dir.resolve("solution.json");
        Files.writeString(solutionFile, stdout());
        // 2026-W60 used to end in a DateTimeException and a stack trace (exit 1); 2025-W53 in the ICS files of
        // 2026-W01 without a word.
        for (String week : new String[] {"2026-W60", "2025-W53", "2026-W49x"}) {
            Path icsDir = dir.resolve("ics-" + week);
            assertThat(run("export", "ics", problemFile.toString(), solutionFile.toString(), "--out", icsDir.toString(),
                    "--week", week)).as(week).isEqualTo(2);
            assertThat(stderr()).as(week).startsWith("error: --week: '" + week + "' is not ");
            assertThat(stdout()).isEmpty();
            assertThat(icsDir).doesNotExist();
        }
    }

    @Test
    void checkJudgesASolutionWithTheIndependentChecker(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path problem = dir.resolve("problem.json");
        Path solution = dir.resolve("solution.json");
        java.io.ByteArrayOutputStream generated = new java.io.ByteArrayOutputStream();
        assertThat(RosterCli.run(new String[]{"generate", "--size", "S", "--seed", "7", "--feasible"},
                new PrintStream(generated, true, java.nio.charset.StandardCharsets.UTF_8), System.err)).isZero();
        Files.write(problem, generated.toByteArray());
        java.io.ByteArrayOutputStream solved = new java.io.ByteArrayOutputStream();
        assertThat(RosterCli.run(new String[]{"roster", problem.toString(), "--seconds", "1"},
                new PrintStream(solved, true, java.nio.charset.StandardCharsets.UTF_8), System.err)).isZero();
        Files.write(solution, solved.toByteArray());

        java.io.ByteArrayOutputStream verdict = new java.io.ByteArrayOutputStream();
        int status = RosterCli.run(new String[]{"check", problem.toString(), solution.toString()},
                new PrintStream(verdict, true, java.nio.charset.StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(verdict.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("feasible: 0 violation(s)");

        // A solution that names an animator the problem does not have is not accepted either.
        String broken = Files.readString(solution).replaceFirst("\"animator\" : \"[^\"]+\"", "\"animator\" : \"nobody\"");
        Files.writeString(solution, broken);
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        int brokenStatus = RosterCli.run(new String[]{"check", problem.toString(), solution.toString()},
                new PrintStream(second, true, java.nio.charset.StandardCharsets.UTF_8), new PrintStream(new java.io.ByteArrayOutputStream()));
        assertThat(brokenStatus).isNotZero();
    }

    @Test
    void benchReplanChecksItsNumbersBeforeSolvingAnything() {
        assertThat(run("bench", "roster", "replan", "--seeds", "0")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --seeds must be between 1 and 100, not 0");
        assertThat(run("bench", "roster", "replan", "--seconds", "601")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --seconds must be between 1 and 600, not 601");
        assertThat(run("bench", "roster", "replan", "--quick")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: unexpected arguments [--quick]");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void benchRefusesAnOutThatIsAFileBeforeSolvingAnything() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThat(run("bench", "roster", "--quick", "--out", file.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --out: '" + file + "' exists and is not a directory");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void benchSearchTracesTheBestScoreAtEachBudget() {
        assertThat(run("bench", "roster", "search", "--from", "1", "--to", "2", "--budgets", "20000,60000")).isZero();
        assertThat(stdout()).contains("| instance | 20k | 60k |", "| S seed 1 |", "| S seed 2 |", "| mean soft |")
                .containsPattern("\\d of 2 instances are strictly better at 60k than at 20k");
        // Each instance is reported on stderr as it ends: a long run says how far it got.
        assertThat(stderr()).contains("search trace: Row[size=S, seed=1", "search trace: Row[size=S, seed=2");
    }

    @Test
    void benchSearchChecksItsNumbersBeforeSolvingAnything() {
        assertThat(run("bench", "roster", "search", "--budgets", "6000000,1000000")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --budgets must increase, each at least 1000: '6000000,1000000'");
        assertThat(run("bench", "roster", "search", "--budgets", "1M")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --budgets: comma-separated counts of score calculations, not '1M'");
        assertThat(run("bench", "roster", "search", "--from", "5", "--to", "4")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --from and --to: 0 <= from <= to");
        assertThat(run("bench", "roster", "search", "--size", "XL")).isEqualTo(2);
        assertThat(stderr()).startsWith("error: --size must be S, M or L, not 'XL'");
        assertThat(stdout()).isEmpty();
    }
}
