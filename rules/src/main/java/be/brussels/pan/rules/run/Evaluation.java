package be.brussels.pan.rules.run;

import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.rules.diagnosis.AssessedDigcomp;
import be.brussels.pan.rules.diagnosis.AssessedLevel;
import be.brussels.pan.rules.diagnosis.AssessedTargetGroup;
import be.brussels.pan.rules.diagnosis.AssessedUrgency;
import be.brussels.pan.rules.diagnosis.FragilityScore;
import be.brussels.pan.rules.diagnosis.PersonaChoice;
import be.brussels.pan.rules.meta.RuleMeta;
import be.brussels.pan.rules.orientation.OfferExcluded;
import be.brussels.pan.rules.orientation.RankedOffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * What the rule base concluded for one request, before any text: the rules that fired (each once, in the
 * order they first fired), the fragility dimensions and score, the level, the DigComp level, the persona,
 * the urgency (the highest any rule stated), the target groups (in the contract's order) and the ranked
 * offers with the points each rule gave them; and, when asked for ({@link Evaluator#assess}), every offer of
 * the catalogue the person may not be referred to with the rule that decided it (else empty). The engine writes the response from it; the rule cases
 * (rules/src/test/resources/cases) check it.
 */
public record Evaluation(List<Rule> fired, FragilityScore score, FragilityLevel level, DigcompLevel digcomp,
                         PersonaChoice persona, Urgency urgency, List<TargetGroup> targetGroups,
                         List<RankedOffer> ranking, List<OfferExcluded> exclusions) {

    public Evaluation {
        fired = List.copyOf(fired);
        targetGroups = List.copyOf(targetGroups);
        ranking = List.copyOf(ranking);
        exclusions = List.copyOf(exclusions);
    }

    /** The {@code @id} of every rule that fired, in firing order. */
    public List<String> firedIds() {
        List<String> ids = new ArrayList<>(fired.size());
        for (Rule rule : fired) {
            ids.add(RuleMeta.id(rule));
        }
        return ids;
    }

    /**
     * Reads the facts the rules inserted. Every conclusion but the target groups is required: a rule base that
     * leaves one out is broken, and saying which beats a response with a hole in it.
     */
    static Evaluation of(Iterable<?> facts, List<RankedOffer> ranking, List<Rule> fired,
                         java.util.function.Function<List<Rule>, List<OfferExcluded>> exclusions) {
        FragilityScore score = null;
        FragilityLevel level = null;
        DigcompLevel digcomp = null;
        PersonaChoice choice = null;
        Urgency urgency = null;
        EnumSet<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (Object fact : facts) {
            if (fact instanceof FragilityScore f) {
                score = f;
            } else if (fact instanceof AssessedLevel l) {
                level = l.getLevel();
            } else if (fact instanceof AssessedDigcomp d) {
                digcomp = d.getLevel();
            } else if (fact instanceof PersonaChoice c) {
                choice = c;
            } else if (fact instanceof AssessedUrgency u) {
                urgency = urgency == null || u.getUrgency().compareTo(urgency) > 0 ? u.getUrgency() : urgency;
            } else if (fact instanceof AssessedTargetGroup g) {
                groups.add(g.getGroup());
            }
        }
        if (score == null || level == null || digcomp == null || choice == null || urgency == null) {
            throw new IllegalStateException("the rule base concluded no " + missing(score, level, digcomp, choice));
        }
        return new Evaluation(fired, score, level, digcomp, choice, urgency, List.copyOf(groups), ranking,
                exclusions.apply(fired));
    }

    private static String missing(Object score, Object level, Object digcomp, Object choice) {
        return score == null ? "score" : level == null ? "level" : digcomp == null ? "DigComp level"
                : choice == null ? "persona" : "urgency";
    }
}
