package be.brussels.pan.rules.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records the rules that fired, each once, in the order they first fired: the explanation's backbone. */
final class FiredRules extends DefaultAgendaEventListener {

    private final List<Rule> rules = new ArrayList<>();
    /** By identity: a rule base has one Rule object per rule, and identity needs no hash of the name. */
    private final Set<Rule> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        if (seen.add(rule)) {
            rules.add(rule);
        }
    }

    List<Rule> inOrder() {
        return rules;
    }

    /**
     * The rules that fired, without those that gave the orientation board a test no offer passed: they
     * changed nothing (OrientationBoard#withoutEffect), and the explanation says what changed the result.
     */
    List<Rule> withEffect(Set<String> withoutEffect) {
        if (withoutEffect.isEmpty()) {
            return rules;
        }
        List<Rule> kept = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            if (!withoutEffect.contains(rule.getName())) {
                kept.add(rule);
            }
        }
        return kept;
    }
}
