package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.rules.meta.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Closeness of a person to a persona: one minus the weighted root-mean-square distance over the features
 * both of them have (the dimensions the person's score counted; age, situation and the literacy/language
 * barrier only when known on both sides). The weights are the calling rule's metadata. A persona that a
 * rule ruled out (a stated fact contradicts it) is never chosen nor listed.
 */
public final class PersonaSimilarity {

    private PersonaSimilarity() {
    }

    /**
     * The closest persona and every persona's match, closest first; a tie goes to the persona listed first.
     */
    public static PersonaChoice closest(RuleContext rule, List<PersonaPrototype> personae, FragilityScore score,
                                        Person person, java.util.Collection<PersonaRuledOut> ruledOut) {
        List<PersonaMatch> matches = new ArrayList<>(personae.size());
        for (PersonaPrototype persona : personae) {
            if (ruledOut.stream().noneMatch(r -> r.code() == persona.getCode())) {
                matches.add(match(rule, persona, score, person));
            }
        }
        List<PersonaMatch> ordered = new ArrayList<>(matches);
        ordered.sort(Comparator.comparingDouble(PersonaMatch::getMatch).reversed()
                .thenComparingInt(m -> matches.indexOf(m)));
        return new PersonaChoice(ordered.get(0).getCode(), ordered.get(0).getMatch(), ordered);
    }

    static PersonaMatch match(RuleContext rule, PersonaPrototype persona, FragilityScore score, Person person) {
        double dimensionWeight = RuleMeta.decimal(rule.getRule(), "dimensionWeight");
        double ageWeight = RuleMeta.decimal(rule.getRule(), "ageWeight");
        double ageSpan = RuleMeta.decimal(rule.getRule(), "ageSpanYears");
        double situationWeight = RuleMeta.decimal(rule.getRule(), "situationWeight");
        double barrierWeight = RuleMeta.decimal(rule.getRule(), "barrierWeight");

        double sum = 0;
        double weights = 0;
        for (Dimension d : Dimension.values()) {
            if (!score.counts(d)) {
                continue;
            }
            double diff = (score.get(d) - prototypeValue(persona, d)) / 100.0;
            sum += dimensionWeight * diff * diff;
            weights += dimensionWeight;
        }
        if (person.getAge() != null && persona.getAge() != null) {
            double diff = Math.min(1.0, Math.abs(person.getAge() - persona.getAge()) / ageSpan);
            sum += ageWeight * diff * diff;
            weights += ageWeight;
        }
        Situation situation = Situation.of(person);
        if (situation != null && persona.getSituation() != null) {
            sum += situation == persona.getSituation() ? 0 : situationWeight;
            weights += situationWeight;
        }
        Boolean barrier = person.getLiteracyOrLanguageBarrier();
        if (barrier != null && persona.getLiteracyOrLanguageBarrier() != null) {
            sum += barrier.equals(persona.getLiteracyOrLanguageBarrier()) ? 0 : barrierWeight;
            weights += barrierWeight;
        }
        double match = 1.0 - Math.sqrt(sum / weights);
        return new PersonaMatch(persona.getCode(), Math.round(match * 100) / 100.0);
    }

    private static int prototypeValue(PersonaPrototype persona, Dimension dimension) {
        return switch (dimension) {
            case ACCESS -> persona.getAccess();
            case SKILLS -> persona.getSkills();
            case ATTITUDE -> persona.getAttitude();
        };
    }
}
