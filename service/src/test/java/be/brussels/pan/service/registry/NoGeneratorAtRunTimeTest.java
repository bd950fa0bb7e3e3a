package be.brussels.pan.service.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Nothing the service runs calls the planner's illustrative generator (issue 13): the illustrative registry is a
 * data file loaded once, and rosters are planned on the registry. Only the seed data (the communes) is read.
 */
class NoGeneratorAtRunTimeTest {

    @Test
    void noServiceClassUsesTheGenerator() {
        noClasses().that().resideInAPackage("be.brussels.pan.service..")
                .should().dependOnClassesThat().haveFullyQualifiedName("be.brussels.pan.roster.generator.ProblemGenerator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("be.brussels.pan.roster.generator.Dimensions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("be.brussels.pan.roster.generator.Size")
                .because("the service plans on the registry, never on generated data")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("be.brussels.pan.service"));
    }
}
