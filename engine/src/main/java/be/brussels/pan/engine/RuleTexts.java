package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.rules.meta.Messages;
import be.brussels.pan.rules.meta.RuleMeta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The texts of every rule in every language, prepared once when the rule base loads: a rule's explanation
 * depends only on the rule and the language, so a diagnosis reuses the prepared entries; an orientation
 * reason is a template filled with the offer.
 */
final class RuleTexts {

    private final Map<String, Map<String, DiagnosisResponse.Explanation>> explanations = new HashMap<>();
    private final Map<String, Map<String, Messages.Template>> reasonTemplates = new HashMap<>();

    RuleTexts(List<Rule> rules, Messages messages) {
        // A text may show another rule's number as {rule-id.key} (Start Digital's age, in the text of the rule
        // that asks for the age), so that the number is still written once, in its own rule's metadata.
        Map<String, String> everyRulesNumbers = new HashMap<>();
        for (Rule rule : rules) {
            RuleMeta.all(rule).forEach((key, value) -> everyRulesNumbers.put(RuleMeta.id(rule) + "." + key, value));
        }
        for (String locale : Messages.LOCALES) {
            Map<String, DiagnosisResponse.Explanation> byRule = new HashMap<>();
            Map<String, Messages.Template> templates = new HashMap<>();
            for (Rule rule : rules) {
                String id = RuleMeta.id(rule);
                // Own metadata first; a placeholder still open after it names another rule's number.
                Map<String, String> own = RuleMeta.all(rule);
                byRule.put(rule.getName(), new DiagnosisResponse.Explanation(id,
                        Messages.fill(messages.text(locale, id, own), everyRulesNumbers), RuleMeta.source(rule)));
                String reasonKey = messages.has(locale, id + ".reason") ? id + ".reason" : id;
                templates.put(id, new Messages.Template(Messages.fill(Messages.fill(messages.text(locale, reasonKey, Map.of()), own),
                        everyRulesNumbers)));
            }
            explanations.put(locale, Map.copyOf(byRule));
            reasonTemplates.put(locale, Map.copyOf(templates));
        }
    }

    DiagnosisResponse.Explanation explanation(String locale, Rule rule) {
        return explanations.get(locale).get(rule.getName());
    }

    /** The reason template of a rule id, its own metadata already filled in. */
    Messages.Template reasonTemplate(String locale, String ruleId) {
        Messages.Template template = reasonTemplates.get(locale).get(ruleId);
        return template == null ? new Messages.Template(ruleId) : template;
    }
}
