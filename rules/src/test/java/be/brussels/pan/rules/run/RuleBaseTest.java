package be.brussels.pan.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.rules.meta.Messages;
import be.brussels.pan.rules.meta.RuleMeta;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** Every rule traces to a source and speaks the three languages; every text belongs to a rule. */
class RuleBaseTest {

    private final RuleBase ruleBase = DefaultRun.RULE_BASE;
    private final List<Rule> rules = ruleBase.rules();

    @Test
    void theRuleBaseHasAVersionAndRules() {
        assertThat(ruleBase.version()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(rules).hasSizeGreaterThan(60);
    }

    @Test
    void everyRuleHasAUniqueIdAndASource() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            assertThat(rule.getMetaData()).as(rule.getName()).containsKey("id");
            assertThat(ids.add(RuleMeta.id(rule))).as("duplicate id %s", RuleMeta.id(rule)).isTrue();
            assertThat(RuleMeta.source(rule)).as("source of %s", rule.getName())
                    .matches("(?s).*(seed L\\d+|policy:|diagnosis contract|catalog\\.md|partners\\.csv|facts\\.md).*");
        }
    }

    @Test
    void everyRuleNameReadsAsASentence() {
        assertThat(rules).allSatisfy(rule -> assertThat(rule.getName()).matches("[A-Z].* .* .*").doesNotEndWith("."));
    }

    @Test
    void everyRuleHasItsTextInFrenchDutchAndEnglish() {
        for (String locale : List.of("fr", "nl", "en")) {
            for (Rule rule : rules) {
                assertThat(ruleBase.messages().has(locale, RuleMeta.id(rule)))
                        .as("%s text of %s", locale, RuleMeta.id(rule)).isTrue();
            }
        }
    }

    @Test
    void everyTextBelongsToARule() {
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> ids.add(RuleMeta.id(rule)));
        for (String locale : List.of("fr", "nl", "en")) {
            assertThat(ruleBase.messages().keys(locale))
                    .allSatisfy(key -> assertThat(ids).contains(key.endsWith(".reason") ? key.substring(0, key.length() - 7) : key));
        }
        assertThat(ruleBase.messages().keys("nl")).isEqualTo(ruleBase.messages().keys("fr"))
                .isEqualTo(ruleBase.messages().keys("en"));
    }

    @Test
    void placeholdersAreFilledFromTheRulesMetadata() {
        assertThat(Messages.fill("+{points} on {dimension}", java.util.Map.of("points", "50", "dimension", "ACCESS")))
                .isEqualTo("+50 on ACCESS");
        assertThat(Messages.fill("left {alone}", java.util.Map.of())).isEqualTo("left {alone}");
    }
}
