package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.generator.Absence;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.PublishedWeek;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.json.SolutionJson.Change;
import be.brussels.pan.roster.json.SolutionJson.ChangeJson;

/** Issue 13, item 4: re-planning a published week after an animator's absence. */
class ReplanTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** A reproducible solve with a budget of 300,000 score calculations: about a second of search on S. */
    static SolutionJson solve(ProblemJson problem) {
        try (RosterSolver<String> solver = new RosterSolver<>(RosterSolver.config(LIMIT), 1, LIMIT, 5_000)) {
            RosterSolution end = solver.solveBuilder().withProblemId(problem.id()).withProblem(problem)
                    .withTimeLimit(LIMIT).withReproducibleSeed(0).run().get();
            assertThat(end.reproducible()).isTrue();
            return end.json();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the solve failed", e.getCause());
        }
    }

    @Test
    void aLockedSessionOfTheAbsentAnimatorIsReportedAndMovedWhileTheOtherLockedOnesStay() {
        ProblemGenerator.Generated week = ProblemGenerator.generate(Size.S, 11, true);
        // The generator's hidden full assignment, as if it had been published; every session locked.
        ProblemJson published = PublishedWeek.apply(week.problem(), week.hiddenAssignment(), id -> true);
        Absence.Of absence = Absence.hardest(published);
        ProblemJson replan = Absence.apply(published, absence);

        SolutionJson solution = solve(replan);

        assertThat(FeasibilityChecker.check(replan, solution).violations()).isEmpty();
        assertThat(solution.score().hard()).isZero();
        Set<String> slotsOfDay = replan.timeslots().stream().filter(t -> t.day() == absence.day())
                .map(t -> t.id()).collect(Collectors.toSet());
        Map<String, ChangeJson> changes = byId(solution.changes());
        assertThat(changes).hasSize(replan.sessions().size());
        int hit = 0;
        for (SessionJson s : replan.sessions()) {
            ChangeJson change = changes.get(s.id());
            assertThat(change.locked()).isTrue();
            assertThat(change.from()).isEqualTo(s.published());
            if (s.published().animator().equals(absence.animator()) && slotsOfDay.contains(s.published().timeslot())) {
                hit++;
                assertThat(change.change()).as(s.id()).isIn(Change.MOVED, Change.DROPPED);
                assertThat(change.reasons()).as(s.id()).first().isEqualTo("H4: animator " + absence.animator()
                        + " is not available in " + s.published().timeslot());
            } else {
                assertThat(change.change()).as(s.id()).isEqualTo(Change.KEPT);
                assertThat(change.to()).isEqualTo(change.from());
                assertThat(change.reasons()).isEmpty();
            }
        }
        assertThat(hit).as("the absence hits locked sessions").isGreaterThanOrEqualTo(2);
        // A moved session is where the solution says, and the solution round-trips with its report.
        changes.values().stream().filter(c -> c.change() == Change.MOVED)
                .forEach(c -> assertThat(solution.assignments()).contains(c.to()));
        assertThat(RosterJson.readSolution(RosterJson.write(solution))).isEqualTo(solution);
    }

    @Test
    void unlockedSessionsMoveOnlyWhenItPaysAndTheMovedOnesSayWhy() {
        ProblemGenerator.Generated week = ProblemGenerator.generate(Size.S, 11, true);
        ProblemJson problem = week.problem();
        // Published as the solver left it (an optimised roster), every second session locked.
        SolutionJson first = solve(problem);
        ProblemJson published = PublishedWeek.apply(problem, first, id -> Integer.parseInt(id.substring(2)) % 2 == 0);
        Absence.Of absence = Absence.hardest(published);
        ProblemJson replan = Absence.apply(published, absence);

        SolutionJson solution = solve(replan);

        assertThat(FeasibilityChecker.check(replan, solution).violations()).isEmpty();
        Map<String, ChangeJson> changes = byId(solution.changes());
        Map<String, SessionJson> sessions = new HashMap<>();
        replan.sessions().forEach(s -> sessions.put(s.id(), s));
        for (ChangeJson c : changes.values()) {
            SessionJson s = sessions.get(c.session());
            assertThat(c.locked()).isEqualTo(s.hasLock());
            if (c.change() == Change.MOVED || c.change() == Change.DROPPED) {
                assertThat(c.reasons()).as(c.session()).isNotEmpty();
            }
            boolean hitByAbsence = s.published() != null && s.published().animator().equals(absence.animator())
                    && dayOf(replan, s.published().timeslot()) == absence.day();
            if (s.hasLock() && !hitByAbsence) {
                assertThat(c.change()).as(c.session()).isEqualTo(Change.KEPT);
            }
            if (hitByAbsence) {
                assertThat(c.change()).as(c.session()).isIn(Change.MOVED, Change.DROPPED);
            }
        }
        // Unlocked sessions not hit by the absence: kept unless a move paid for its S7 cost; most stay.
        long unlockedMoved = changes.values().stream().filter(c -> !c.locked() && c.change() != Change.KEPT
                && !c.reasons().get(0).startsWith("H4")).count();
        assertThat(unlockedMoved).isLessThanOrEqualTo(changes.size() / 4);
    }

    @Test
    void aPublishedAssignmentNamingAVenueTheProblemNoLongerHasIsReportedAsSuch() {
        ProblemGenerator.Generated week = ProblemGenerator.generate(Size.S, 11, true);
        ProblemJson published = PublishedWeek.apply(week.problem(), week.hiddenAssignment(), id -> true);
        SessionJson first = published.sessions().get(0);
        AssignmentJson gone = new AssignmentJson(null, first.published().timeslot(), "venue-retired",
                first.published().animator(), first.published().kit());
        List<SessionJson> sessions = new java.util.ArrayList<>(published.sessions());
        sessions.set(0, first.withPublished(gone, true));
        ProblemJson replan = new ProblemJson(published.id(), published.communes(), published.timeslots(),
                published.venues(), published.animators(), published.kits(), sessions);

        SolutionJson solution = solve(replan);

        ChangeJson change = byId(solution.changes()).get(first.id());
        assertThat(change.change()).isIn(Change.MOVED, Change.DROPPED);
        assertThat(change.from().venue()).isEqualTo("venue-retired");
        assertThat(change.reasons()).first().isEqualTo("venue venue-retired is no longer in the problem");
        assertThat(solution.changes()).filteredOn(c -> !c.session().equals(first.id()))
                .allSatisfy(c -> assertThat(c.change()).isEqualTo(Change.KEPT));
    }

    @Test
    void aSolveWithoutPublishedSessionsHasNoChangeReport() {
        SolutionJson solution = solve(ProblemGenerator.generate(Size.S, 11, true).problem());
        assertThat(solution.changes()).isNull();
        assertThat(RosterJson.write(solution)).doesNotContain("changes");
    }

    private static Day dayOf(ProblemJson p, String slot) {
        return p.timeslots().stream().filter(t -> t.id().equals(slot)).findFirst().orElseThrow().day();
    }

    static Map<String, ChangeJson> byId(List<ChangeJson> changes) {
        Map<String, ChangeJson> map = new HashMap<>();
        changes.forEach(c -> assertThat(map.put(c.session(), c)).as("once: " + c.session()).isNull());
        return map;
    }
}
