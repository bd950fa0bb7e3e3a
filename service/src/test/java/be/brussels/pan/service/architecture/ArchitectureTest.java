package be.brussels.pan.service.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The structure the features rely on (issue 11), checked on the compiled classes of the service and of the jars
 * below it (contract, rules, engine, planner), without the tests:
 * <ol>
 *   <li>no cycle between the service's feature packages ({@code be.brussels.pan.service.*});</li>
 *   <li>no Spring below the service: the contract, the rule facts, the engine and the planner run without it;</li>
 *   <li>a controller uses the store of its own feature only; another feature's data is reached through that
 *       feature's classes.</li>
 * </ol>
 * Each rule is also run on deliberately wrong classes ({@code be.brussels.pan.archfixture}) to show it can fail.
 */
@AnalyzeClasses(packages = "be.brussels.pan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layers below the service: none of them may depend on Spring. */
    static final String[] BELOW_THE_SERVICE = {
            "be.brussels.pan.contract..", "be.brussels.pan.rules..", "be.brussels.pan.engine..", "be.brussels.pan.roster.."};

    @ArchTest
    static final ArchRule noCycleBetweenTheServicesFeatures = featuresFreeOfCycles("be.brussels.pan.service.(*)..");

    @ArchTest
    static final ArchRule noSpringBelowTheService = noSpringIn(BELOW_THE_SERVICE);

    @ArchTest
    static final ArchRule controllersUseOnlyTheirOwnFeaturesStores = controllersUseOnlyTheirOwnStores();

    /** Each package matched by the slice pattern's {@code (*)} is a feature; no dependency cycle among them. */
    static ArchRule featuresFreeOfCycles(String slicePattern) {
        return slices().matching(slicePattern).namingSlices("feature $1").should().beFreeOfCycles();
    }

    static ArchRule noSpringIn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the contract, the rules, the engine and the planner run without Spring (the CLI, the"
                        + " examples, the benchmarks)");
    }

    static ArchRule controllersUseOnlyTheirOwnStores() {
        return classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should(useNoStoreOfAnotherPackage())
                .because("a feature owns its tables: another feature's data is reached through that feature's"
                        + " classes, not its store");
    }

    /** A store is a project class named {@code *Store} (or a type nested in one). */
    private static ArchCondition<JavaClass> useNoStoreOfAnotherPackage() {
        return new ArchCondition<>("use no store (*Store) of another package") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
                    JavaClass target = topLevel(dependency.getTargetClass());
                    if (target.getPackageName().startsWith("be.brussels.pan.")
                            && target.getSimpleName().endsWith("Store")
                            && !target.getPackageName().equals(controller.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    // The rules can fail: the same rules on the wrong classes of be.brussels.pan.archfixture.

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("be.brussels.pan.archfixture");

    @Test
    void aCycleBetweenTwoFeaturesIsFound() {
        EvaluationResult result = featuresFreeOfCycles("be.brussels.pan.archfixture.(*)..").evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("feature a", "feature b");
    }

    @Test
    void springBelowTheServiceIsFound() {
        EvaluationResult result = noSpringIn("be.brussels.pan.archfixture.lower..").evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("LowerWithSpring", "org.springframework.util.StringUtils");
    }

    @Test
    void aControllerUsingAnotherFeaturesStoreIsFoundAndItsOwnStoreIsAllowed() {
        EvaluationResult result = controllersUseOnlyTheirOwnStores().evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        // Every violation is AController reaching BStore (a constructor parameter, a field, a call); none is its use
        // of its own AStore, and BController, which uses its own package's store, is not named.
        assertThat(result.getFailureReport().getDetails()).hasSize(3)
                .allMatch(detail -> detail.contains("<be.brussels.pan.archfixture.a.AController")
                        && (detail.contains("<be.brussels.pan.archfixture.b.BStore>")
                        || detail.contains("<be.brussels.pan.archfixture.b.BStore.")))
                .noneMatch(detail -> detail.contains("a.AStore>") || detail.contains("a.AStore.")
                        || detail.contains("BController"));
    }
}
