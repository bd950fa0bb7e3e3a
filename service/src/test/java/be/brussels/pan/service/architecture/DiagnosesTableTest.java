package be.brussels.pan.service.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Only the diagnosis feature touches the {@code diagnoses} table (issue 11): statistics and the roster's demand
 * ask {@code DiagnosisStore}, so that the table's columns can change in one package. The Flyway scripts under
 * {@code db/migration} are the schema, not a feature, and are not classes: the rule does not see them.
 *
 * <p>ArchUnit models types and calls but not the values of string constants, so the condition reads each class
 * file itself ({@link ClassFileStrings}) and looks for SQL naming the table in its text constants.
 */
@AnalyzeClasses(packages = "be.brussels.pan.service", importOptions = ImportOption.DoNotIncludeTests.class)
class DiagnosesTableTest {

    private static final String DIAGNOSIS_FEATURE = "be.brussels.pan.service.diagnosis..";

    @ArchTest
    static final ArchRule onlyTheDiagnosisFeatureHasSqlOnTheDiagnosesTable = classes()
            .that().resideOutsideOfPackage(DIAGNOSIS_FEATURE)
            .should(containNoSqlNaming("diagnoses"))
            .because("the diagnosis feature owns its table: other features call DiagnosisStore");

    /** A condition that holds when none of a class's text constants is SQL naming the table. */
    static ArchCondition<JavaClass> containNoSqlNaming(String table) {
        Pattern sql = Pattern.compile("\\b(from|into|update|join|table)\\s+" + Pattern.quote(table) + "\\b",
                Pattern.CASE_INSENSITIVE);
        return new ArchCondition<>("contain no SQL naming the " + table + " table") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> strings;
                try {
                    strings = ClassFileStrings.of(classFile(javaClass));
                } catch (IOException e) {
                    // A class the rule cannot read is a violation, not a pass: the rule must not go blind quietly.
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + ": its class file could not be read (" + e.getMessage() + ")"));
                    return;
                }
                strings.stream().filter(s -> sql.matcher(s).find()).forEach(s -> events.add(SimpleConditionEvent.violated(
                        javaClass, javaClass.getName() + " contains SQL naming " + table + ": \""
                                + s.replaceAll("\\s+", " ").trim() + "\"")));
            }
        };
    }

    private static byte[] classFile(JavaClass javaClass) throws IOException {
        Optional<Source> source = javaClass.getSource();
        if (source.isEmpty()) {
            throw new IOException("ArchUnit knows no source for it");
        }
        try (InputStream in = source.get().getUri().toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    // The rule can fail: it finds SQL on the table in classes written for it, and only there.

    @Test
    void sqlNamingTheTableIsAViolation() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReadsTheTable.class, WritesTheTable.class,
                UpdatesTheTableInATextBlock.class);

        EvaluationResult result = classes().should(containNoSqlNaming("diagnoses")).evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(3)
                .anySatisfy(d -> assertThat(d).contains(ReadsTheTable.class.getName())
                        .contains("select count(*) from diagnoses where commune_code = ?"))
                .anySatisfy(d -> assertThat(d).contains(WritesTheTable.class.getName()))
                .anySatisfy(d -> assertThat(d).contains(UpdatesTheTableInATextBlock.class.getName()));
    }

    @Test
    void wordsThatAreNotSqlOnTheTableAreNoViolation() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(SpeaksOfDiagnoses.class);

        assertThat(classes().should(containNoSqlNaming("diagnoses")).evaluate(fixtures).hasViolation()).isFalse();
    }

    @Test
    void everyMainClassOfTheServiceIsRead() {
        JavaClasses service = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("be.brussels.pan.service");

        // The rule would pass without looking if the import found nothing: the stores of other tables are there.
        assertThat(service.contain("be.brussels.pan.service.referral.ReferralStore")).isTrue();
        assertThat(classes().should(containNoSqlNaming("referrals")).evaluate(service).hasViolation())
                .as("the referral store has SQL on its table").isTrue();
    }

    static final class ReadsTheTable {
        static final String COUNT = "select count(*) from diagnoses where commune_code = ?";
    }

    static final class WritesTheTable {
        String insert(String columns) {
            return "INSERT INTO diagnoses (" + columns + ") values (?)";
        }
    }

    static final class UpdatesTheTableInATextBlock {
        static final String MOVE = """
                update
                    diagnoses set created_at = ?
                where id = ?""";
    }

    static final class SpeaksOfDiagnoses {
        static final String SUMMARY = "Counts of the diagnoses stored in a period";
        static final String OTHER_TABLE = "select count(*) from diagnoses_archive";
        static final String DETAIL = "no diagnosis with a Brussels commune was stored";
    }
}
