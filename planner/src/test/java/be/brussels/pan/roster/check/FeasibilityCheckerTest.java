package be.brussels.pan.roster.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.json.SolutionJson;

class FeasibilityCheckerTest {

    private ProblemJson problem;

    @BeforeEach
    void load() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            problem = RosterJson.readProblem(in);
        }
    }

    private static AssignmentJson a(String s, String t, String v, String an, String k) {
        return new AssignmentJson(s, t, v, an, k);
    }

    private static UnassignedJson u(String s) {
        return new UnassignedJson(s, List.of("reason"));
    }

    private CheckReport check(List<AssignmentJson> assigned, List<UnassignedJson> unassigned) {
        return FeasibilityChecker.check(problem, new SolutionJson(problem.id(), null, assigned, unassigned));
    }

    private final AssignmentJson s1 = a("s-001", "MON-AM", "epn-sks", "anim-01", null);
    private final AssignmentJson s2 = a("s-002", "TUE-EV", "site-cpas", "anim-01", "kit-01");

    @Test
    void aFeasibleSolutionHasNoViolation() {
        assertThat(check(List.of(s1, s2), List.of(u("s-003"))).feasible()).isTrue();
    }

    @Test
    void everySessionMustAppearExactlyOnce() {
        CheckReport report = check(List.of(s2, s2), List.of(u("s-003")));
        assertThat(report.violations()).extracting(Violation::constraint).contains("COVERAGE");
        assertThat(report.violations()).anyMatch(v -> v.session().equals("s-001"));
        assertThat(report.violations()).anyMatch(v -> v.session().equals("s-002"));
    }

    @Test
    void unassignedNeedsAReasonAndPartialAssignmentsAreReported() {
        CheckReport report = check(List.of(s1, s2, a("s-003", "MON-AM", null, "anim-02", null)), List.of());
        assertThat(report.count("PARTIAL")).isEqualTo(1);
        report = check(List.of(s1, s2), List.of(new UnassignedJson("s-003", List.of())));
        assertThat(report.count("REASONS")).isEqualTo(1);
    }

    @Test
    void theSolutionMustBeForThisProblemAndEveryReasonMustBeText() {
        List<AssignmentJson> both = List.of(s1, s2);
        java.util.List<String> nullReason = new ArrayList<>();
        nullReason.add(null);
        assertThat(check(both, List.of(new UnassignedJson("s-003", nullReason))).count("REASONS")).isEqualTo(1);
        assertThat(check(both, List.of(new UnassignedJson("s-003", List.of(" ")))).count("REASONS")).isEqualTo(1);

        CheckReport other = FeasibilityChecker.check(problem, new SolutionJson("other", null, both, List.of(u("s-003"))));
        assertThat(other.violations()).singleElement().satisfies(v -> {
            assertThat(v.constraint()).isEqualTo("REFERENCE");
            assertThat(v.session()).isNull();
            assertThat(v.line()).isEqualTo("REFERENCE: problemId: the solution is for problem 'other', not 'brussels-2026-W49'");
        });
        CheckReport none = FeasibilityChecker.check(problem, new SolutionJson(null, null, both, List.of(u("s-003"))));
        assertThat(none.contractBreaks()).singleElement().satisfies(v -> assertThat(v.detail()).startsWith("problemId: missing"));

        CheckReport nullSession = check(both, List.of(new UnassignedJson(null, List.of("r"))));
        assertThat(nullSession.violations()).extracting(Violation::line)
                .contains("REFERENCE: unassigned[0].session: missing or null", "COVERAGE s-003: appears 0 times (must be exactly once)");
    }

    @Test
    void unknownIdsAreReported() {
        CheckReport report = check(List.of(s1, s2, a("s-003", "MON-AM", "epn-x", "anim-02", null)), List.of());
        assertThat(report.count("REFERENCE")).isEqualTo(1);
    }

    @Test
    void detectsSessionRuleViolations() {
        // nl session without SENIORS skill (H6), at a venue already used by s-001 in MON-AM (H2).
        CheckReport report = check(List.of(s1, s2, a("s-003", "MON-AM", "epn-sks", "anim-02", null)), List.of());
        assertThat(report.count("H6")).isEqualTo(1);
        assertThat(report.count("H2")).isEqualTo(1);
        // anim-01 twice in MON-AM (H1); START_DIGITAL at a partner site that is too small (H11, H8).
        report = check(List.of(a("s-001", "MON-AM", "site-cpas", "anim-01", null), s2,
                a("s-003", "MON-AM", "epn-sks", "anim-01", null)), List.of());
        assertThat(report.count("H1")).isEqualTo(1);
        assertThat(report.count("H11")).isEqualTo(1);
        assertThat(report.count("H8")).isEqualTo(1);
    }

    @Test
    void detectsAvailabilityOpeningLanguageAndMaxSessions() {
        List<AssignmentJson> list = new ArrayList<>(List.of(s2));
        list.add(a("s-001", "MON-PM", "epn-sks", "anim-02", null)); // anim-02: not available, no fr, no skill
        list.add(a("s-003", "MON-PM", "site-cpas", "anim-02", null)); // closed, and anim-02 twice: H1, H12
        CheckReport report = check(list, List.of());
        assertThat(report.count("H4")).isEqualTo(2);
        assertThat(report.count("H5")).isEqualTo(1);
        assertThat(report.count("H7")).isEqualTo(1);
        assertThat(report.count("H12")).isEqualTo(1);
    }

    @Test
    void detectsMobileBrailleAccessibilityKitAndPinViolations() {
        // The pinned mobile session moved (H13), to an EPN (H9) without its kit (H9, H8).
        CheckReport report = check(List.of(s1, a("s-002", "MON-AM", "site-cpas", "anim-02", null)),
                List.of(u("s-003")));
        assertThat(report.count("H13")).isEqualTo(1);
        assertThat(report.count("H9")).isEqualTo(1);
        // The kit used twice in one slot (H3).
        report = check(List.of(a("s-001", "MON-AM", "epn-sks", "anim-01", "kit-01"),
                a("s-002", "TUE-EV", "site-cpas", "anim-01", "kit-01"),
                a("s-003", "TUE-EV", "site-cpas", "anim-02", "kit-01")), List.of());
        assertThat(report.count("H3")).isEqualTo(1);
    }

    @Test
    void capacityDoesNotOverflowWithTheLargestAcceptedNumbers() {
        // seats, devices and participants at Integer.MAX_VALUE (the validator accepts them): the int sum
        // seats + devices was -2 and the checker reported H8 for a session that fits.
        String max = String.valueOf(Integer.MAX_VALUE);
        ProblemJson huge = RosterJson.readProblem(RosterJson.write(problem)
                .replaceAll("\"seats\" : 4", "\"seats\" : " + max)
                .replaceAll("\"devices\" : 10", "\"devices\" : " + max)
                .replaceAll("\"participants\" : 8", "\"participants\" : " + max));
        ProblemValidator.validate(huge);
        SolutionJson solution = new SolutionJson(huge.id(), null, List.of(s1, s2), List.of(u("s-003")));
        assertThat(FeasibilityChecker.check(huge, solution).violations()).isEmpty();
    }

    @Test
    void idsMayContainAnyCharacterIncludingTheBar() {
        // The checker used to key H1-H3 by "venue|timeslot" strings and split them at the first '|': a venue
        // "site|cpas" was looked up as "site" and the check ended in a NullPointerException.
        ProblemJson barred = RosterJson.readProblem(RosterJson.write(problem).replace("site-cpas", "site|cpas")
                .replace("TUE-EV", "TUE|EV").replace("anim-01", "anim|01").replace("kit-01", "kit|01"));
        SolutionJson ok = new SolutionJson(barred.id(), null, List.of(a("s-001", "MON-AM", "epn-sks", "anim|01", null),
                a("s-002", "TUE|EV", "site|cpas", "anim|01", "kit|01")), List.of(u("s-003")));
        assertThat(FeasibilityChecker.check(barred, ok).violations()).isEmpty();

        // Two sessions at the partner site in TUE|EV (one room): H2, and H1 and H3 through the shared animator and kit.
        SolutionJson clash = new SolutionJson(barred.id(), null, List.of(a("s-001", "MON-AM", "epn-sks", "anim|01", null),
                a("s-002", "TUE|EV", "site|cpas", "anim|01", "kit|01"),
                a("s-003", "TUE|EV", "site|cpas", "anim|01", "kit|01")), List.of());
        CheckReport report = FeasibilityChecker.check(barred, clash);
        assertThat(report.count("H2")).isEqualTo(1);
        assertThat(report.count("H1")).isEqualTo(1);
        assertThat(report.count("H3")).isEqualTo(1);
    }
}
