package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.rules.cases.RuleCase;
import be.brussels.pan.rules.cases.RuleCases;
import be.brussels.pan.rules.run.Evaluator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule cases of pan-rules (rules/src/test/resources/cases) seen from the engine: each case's request is a
 * valid request of the contract (the rules' runner does not validate, the engine does), and the engine, which
 * runs the same Evaluator, explains the rules the case saw fire, in the same order.
 */
class RuleCaseRequestsTest {

    private static final Evaluator EVALUATOR = new Evaluator(Engines.DEFAULT.ruleBase(), Engines.DEFAULT.catalog());

    @TestFactory
    Stream<DynamicTest> everyCaseRequestIsValidAndTheEngineFiresTheSameRules() {
        return RuleCases.all().stream().flatMap(file -> file.error() != null
                ? Stream.of(DynamicTest.dynamicTest(file.name(), file::readCases))
                : file.cases().stream().map(rule -> DynamicTest.dynamicTest(file.name() + ": " + rule.name(),
                        () -> check(file, rule))));
    }

    private static void check(RuleCases.CaseFile file, RuleCase rule) {
        DiagnosisRequest request;
        DiagnosisResponse response;
        try {
            request = DiagnosisJson.parse(rule.request().toString()).requests().get(0);
            response = Engines.DEFAULT.diagnose(request);
        } catch (InvalidRequestException e) {
            throw new AssertionError(RuleCases.where(file, rule) + ": the request breaks the contract at "
                    + e.field() + ": " + e.getMessage(), e);
        }
        if (rule.catalog() != null) {
            return; // the case changes the catalogue: the engine's default one would fire other rules
        }
        List<String> explained = response.explanation().stream().map(DiagnosisResponse.Explanation::rule).toList();
        List<String> fired = EVALUATOR.evaluate(request).firedIds();
        if (!explained.equals(fired)) {
            throw new AssertionError(RuleCases.where(file, rule) + ": the engine explains " + explained
                    + " but the rules fired " + fired);
        }
    }
}
