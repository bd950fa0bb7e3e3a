package be.brussels.pan.roster.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import be.brussels.pan.roster.check.FeasibilityChecker;
import be.brussels.pan.roster.check.ProblemValidator;
import be.brussels.pan.roster.generator.ProblemGenerator.Generated;

class HiddenAssignmentTest {

    @ParameterizedTest
    @EnumSource(Size.class)
    void fullyAssignableInstancesCarryAFeasibleFullAssignment(Size size) {
        Generated generated = ProblemGenerator.generate(size, 42, true);

        ProblemValidator.validate(generated.problem());
        assertThat(generated.problem().sessions()).hasSize(size.sessions);
        assertThat(generated.hiddenAssignment().assignments()).hasSize(size.sessions);
        assertThat(FeasibilityChecker.check(generated.problem(), generated.hiddenAssignment()).violations())
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anyNumberOfSessionsCanBeMadeFullyAssignable() {
        Generated generated = ProblemGenerator.generate(Dimensions.forSessions(300), 7, true);

        assertThat(generated.problem().id()).isEqualTo("illustrative-300-seed7-feasible");
        assertThat(generated.problem().sessions()).hasSize(300);
        assertThat(FeasibilityChecker.check(generated.problem(), generated.hiddenAssignment()).feasible()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void defaultInstancesAreMarkedIllustrativeAndUseTheSeedData() {
        var problem = ProblemGenerator.generate(Size.M, 42);

        assertThat(problem.id()).isEqualTo("illustrative-M-seed42");
        assertThat(problem.communes()).hasSize(19);
        assertThat(problem.venues()).filteredOn(v -> v.kind() == be.brussels.pan.roster.domain.VenueKind.EPN)
                .hasSize(20);
        assertThat(problem.kits()).hasSize(20).anyMatch(k -> k.braille());
        // Every commune hosts at least one venue, and Start Digital sessions exist only with startDigital venues.
        assertThat(problem.communes()).allMatch(c -> problem.venues().stream()
                .anyMatch(v -> v.commune().equals(c.code())));
        assertThat(problem.venues()).anyMatch(v -> v.startDigital());
        // Languages follow the visitor study: French dominates.
        long fr = problem.sessions().stream().filter(s -> s.language().equals("fr")).count();
        assertThat(fr).isGreaterThan(problem.sessions().size() / 3);
    }
}
