package be.brussels.pan.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.rules.meta.RuleMeta;
import be.brussels.pan.rules.run.DefaultRun;
import be.brussels.pan.rules.run.Evaluation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule case (cases/*.yaml, one file per DRL file) through the rule base on the default catalogue,
 * as the engine runs a request. A failure names the file, the case and every mismatch, then shows what the
 * rules concluded.
 */
class RuleCasesTest {

    static final CaseCheck CHECK = new CaseCheck(
            DefaultRun.RULE_BASE.rules().stream().map(RuleMeta::id).collect(Collectors.toSet()),
            DefaultRun.CATALOG.services().stream().map(Service::id).collect(Collectors.toSet()));

    @TestFactory
    Stream<DynamicNode> everyCase() {
        return RuleCases.all().stream().map(file -> file.error() != null
                ? DynamicTest.dynamicTest(file.name(), file::readCases)
                : DynamicContainer.dynamicContainer(file.name(), file.cases().stream().map(rule ->
                        DynamicTest.dynamicTest(String.valueOf(rule.name()), () -> run(file, rule)))));
    }

    private static void run(RuleCases.CaseFile file, RuleCase rule) {
        List<String> problems = CHECK.problems(rule);
        if (!problems.isEmpty()) {
            throw new AssertionError(RuleCases.where(file, rule) + " is not a valid case:\n  - "
                    + String.join("\n  - ", problems));
        }
        DiagnosisRequest request = RuleCases.request(file, rule);
        Evaluation evaluation = CaseCatalogs.evaluator(file, rule).evaluate(request, RuleCases.seats(file, rule));
        List<String> mismatches = CHECK.mismatches(rule.expect(), evaluation);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(RuleCases.where(file, rule) + " (" + rule.why() + "):\n  - "
                    + String.join("\n  - ", mismatches) + "\n" + CaseCheck.describe(evaluation));
        }
    }

    @Test
    void thereIsOneCaseFilePerDrlFile() {
        assertThat(RuleCases.all()).extracting(RuleCases.CaseFile::concern)
                .as("cases/<concern>.yaml for each <concern>.drl")
                .containsExactlyInAnyOrderElementsOf(RuleSources.concerns());
    }

    @Test
    void caseNamesAreUniqueWithinTheirFile() {
        List<String> duplicates = new ArrayList<>();
        for (RuleCases.CaseFile file : RuleCases.all()) {
            Set<String> names = new HashSet<>();
            file.cases().stream().map(RuleCase::name).filter(name -> !names.add(name))
                    .forEach(name -> duplicates.add(file.name() + ": " + name));
        }
        assertThat(duplicates).as("case names used twice in a file").isEmpty();
    }
}
