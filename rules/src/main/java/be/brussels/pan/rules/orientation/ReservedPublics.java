package be.brussels.pan.rules.orientation;

import be.brussels.pan.rules.meta.RuleMeta;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The publics that reserve an offer to their members (WOMEN_ONLY, HOMELESS…): the calling rule's
 * {@code @reservedPublics}, space-separated. An offer whose publics are all among them is reserved.
 */
public record ReservedPublics(Set<String> codes) {

    public ReservedPublics {
        codes = Set.copyOf(codes);
    }

    public static ReservedPublics of(RuleContext rule) {
        return new ReservedPublics(RuleMeta.words(rule.getRule(), "reservedPublics"));
    }
}
