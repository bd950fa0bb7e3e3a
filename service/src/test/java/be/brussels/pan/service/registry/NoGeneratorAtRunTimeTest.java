package be.brussels.pan.service.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Nothing the service runs calls the planner's illustrative generator (issue 13): the illustrative registry is a
 * data file loaded once, and rosters are planned on the registry. Only the seed data (the communes) is read.
 */
class NoGeneratorAtRunTimeTest {

    private static final ArchRule NO_GENERATOR = noClasses().that().resideInAPackage("be.brussels.pan.service..")
            .should().dependOnClassesThat().haveFullyQualifiedName("be.brussels.pan.roster.generator.ProblemGenerator")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("be.brussels.pan.roster.generator.Dimensions")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("be.brussels.pan.roster.generator.Size")
            .because("the service plans on the registry, never on generated data");

    @Test
    void noServiceClassUsesTheGenerator() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.brussels.pan.service");
        // An empty import would pass any rule: the service's own classes must be there to be checked.
        assertThat(service.contain(IllustrativeRegistry.class)).as("service classes imported: %d", service.size())
                .isTrue();
        EvaluationResult result = NO_GENERATOR.evaluate(service);
        assertThat(result.hasViolation()).as("%s", result.getFailureReport()).isFalse();
    }
}
