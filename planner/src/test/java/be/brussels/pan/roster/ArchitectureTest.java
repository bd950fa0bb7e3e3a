package be.brussels.pan.roster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The planner's structure, checked on its compiled classes (tests excluded): its packages form no cycle, so each
 * can be read from the bottom up (domain, json, check, solver, then export, generator, bench, cli), and it stays
 * a plain library that the service and the CLI embed, without Spring.
 */
@AnalyzeClasses(packages = "be.brussels.pan.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("be.brussels.pan.roster.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noClassDependsOnSpring = noClasses().that().resideInAPackage("be.brussels.pan.roster..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
