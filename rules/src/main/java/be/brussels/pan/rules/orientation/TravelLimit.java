package be.brussels.pan.rules.orientation;

import be.brussels.pan.rules.meta.RuleMeta;
import org.kie.api.runtime.rule.RuleContext;

/** How far an offer for the person's public may be and still be proposed: the calling rule's {@code @maxKm}. */
public record TravelLimit(double km) {

    public static TravelLimit of(RuleContext rule) {
        return new TravelLimit(RuleMeta.decimal(rule.getRule(), "maxKm"));
    }
}
