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
}
