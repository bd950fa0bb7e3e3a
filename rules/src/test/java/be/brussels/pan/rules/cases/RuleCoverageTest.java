package be.brussels.pan.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.rules.meta.RuleMeta;
import be.brussels.pan.rules.run.DefaultRun;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the rule base has at least one case in its concern's file that names it as having fired
 * ({@code rules.exactly} or {@code rules.includes}) or as having given an offer points ({@code reasons}): a rule
 * no case exercises is a rule whose behaviour nobody checked.
 */
class RuleCoverageTest {

    @Test
    void theDrlFilesDeclareExactlyTheRulesOfTheRuleBase() {
        Set<String> ruleBase = DefaultRun.RULE_BASE.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());

        assertThat(RuleSources.concernOfEachRule().keySet()).as("@id of the DRL files").isEqualTo(ruleBase);
    }

    @Test
    void everyRuleIdAppearsInACaseOfItsConcernsFile() {
        Map<String, String> concernOf = RuleSources.concernOfEachRule();
        Map<String, Set<String>> coveredByConcern = new HashMap<>();
        for (RuleCases.CaseFile file : RuleCases.all()) {
            Set<String> covered = coveredByConcern.computeIfAbsent(file.concern(), c -> new HashSet<>());
            for (RuleCase rule : file.readCases()) {
                covered.addAll(CaseCheck.coveredRules(rule));
            }
        }
        Map<String, Set<String>> uncovered = new TreeMap<>();
        concernOf.forEach((id, concern) -> {
            if (!coveredByConcern.getOrDefault(concern, Set.of()).contains(id)) {
                uncovered.computeIfAbsent("cases/" + concern + ".yaml", f -> new TreeSet<>()).add(id);
            }
        });
        int total = concernOf.size();
        int missing = uncovered.values().stream().mapToInt(Set::size).sum();
        // One line in the build log: how much of the rule base the cases exercise.
        System.out.println("Rule cases cover " + (total - missing) + " of " + total + " rule ids");

        assertThat(uncovered)
                .as("%d of %d rule ids appear in no case of their concern's file (under rules.exactly, rules.includes"
                        + " or an offer's reasons)", missing, total)
                .isEmpty();
    }

    @Test
    void aCoveredRuleIsOneACaseSaysFiredOrGavePoints() {
        RuleCase rule = new RuleCase("n", "w", null, null, new RuleCase.Expect(
                new RuleCase.Fired(List.of("a"), List.of("b"), List.of("not-covered")), null, null, null, null, null,
                null, null, null, new RuleCase.Offers(null, null, null, null, null, List.of("not-covered-either"),
                        List.of(new RuleCase.Shown("offer", null, null, null, null, Map.of("c", 10), List.of("nor-this"), null)))), null);

        assertThat(CaseCheck.coveredRules(rule)).containsExactlyInAnyOrder("a", "b", "c");
    }
}
