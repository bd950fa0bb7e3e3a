package be.brussels.pan.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Pattern;

/**
 * The shape of the three jars below the service: {@code pan-contract} knows neither the rules nor the engine
 * (an integrator can read and write the contract without Drools), {@code pan-rules} does not know the engine,
 * no package depends on another in a cycle, none of them uses Spring, and each package prefix comes from its
 * own jar ({@code be.brussels.pan.rules..} from pan-rules only): no package is split across two jars.
 *
 * <p>The classes that the Drools executable model generates from the DRL (in {@code be.brussels.pan.rules}
 * itself and its {@code Pxx} sub-packages) are left out: they are the compiled rules, not code we write, and
 * they depend on the facts by construction.
 */
@AnalyzeClasses(packages = {"be.brussels.pan.contract", "be.brussels.pan.rules", "be.brussels.pan.engine"},
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotInATestJar.class,
                ArchitectureTest.NotGeneratedRules.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageIsInACycle = slices().matching("be.brussels.pan.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theContractKnowsNeitherTheRulesNorTheEngine = noClasses()
            .that().resideInAPackage("be.brussels.pan.contract..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("be.brussels.pan.rules..", "be.brussels.pan.engine..", "org.drools..", "org.kie..");

    @ArchTest
    static final ArchRule theRulesDoNotKnowTheEngine = noClasses()
            .that().resideInAPackage("be.brussels.pan.rules..")
            .should().dependOnClassesThat().resideInAPackage("be.brussels.pan.engine..");

    @ArchTest
    static final ArchRule noSpringBelowTheService = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule eachPackagePrefixComesFromItsOwnJar = classes().should(comeFromTheJarOfTheirPrefix());

    /**
     * {@code be.brussels.pan.<module>..} is compiled by the module {@code <module>}: its class file is under
     * {@code <module>/target/classes} in a reactor build, or in {@code pan-<module>-<version>.jar}.
     */
    private static ArchCondition<JavaClass> comeFromTheJarOfTheirPrefix() {
        return new ArchCondition<>("come from the jar of their package prefix") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String module = javaClass.getPackageName().split("\\.")[3];
                String uri = javaClass.getSource().map(source -> source.getUri().toString()).orElse("");
                boolean own = uri.contains("/" + module + "/target/classes/") || uri.contains("/pan-" + module + "-");
                events.add(new SimpleConditionEvent(javaClass, own,
                        javaClass.getName() + " is in " + uri + ", not in module " + module));
            }
        };
    }

    /** Leaves out the rules' test classes, which the engine's tests use from pan-rules-…-tests.jar. */
    static final class NotInATestJar implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    /** Leaves out the executable model's classes, generated into the DRL's package and its Pxx packages. */
    static final class NotGeneratedRules implements ImportOption {
        private static final Pattern GENERATED =
                Pattern.compile(".*/be/brussels/pan/rules/(P[0-9A-F]{2}/)?[^/]+\\.class");

        @Override
        public boolean includes(Location location) {
            return !location.matches(GENERATED);
        }
    }
}
