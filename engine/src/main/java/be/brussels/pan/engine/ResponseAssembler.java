package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.engine.geo.Communes;
import be.brussels.pan.rules.diagnosis.AssessedDigcomp;
import be.brussels.pan.rules.diagnosis.AssessedLevel;
import be.brussels.pan.rules.diagnosis.AssessedTargetGroup;
import be.brussels.pan.rules.diagnosis.AssessedUrgency;
import be.brussels.pan.rules.diagnosis.FragilityScore;
import be.brussels.pan.rules.diagnosis.PersonaChoice;
import be.brussels.pan.rules.diagnosis.PersonaMatch;
import be.brussels.pan.rules.orientation.OfferCandidate;
import be.brussels.pan.rules.orientation.RankedOffer;
import be.brussels.pan.rules.orientation.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads what the rules concluded (the facts they inserted, the orientation board, the rules that fired)
 * and writes the contract's response in the requested language. It decides nothing: every value comes
 * from a rule's conclusion.
 */
final class ResponseAssembler {

    private final RuleBase ruleBase;
    private final Communes communes;

    ResponseAssembler(RuleBase ruleBase, Communes communes) {
        this.ruleBase = ruleBase;
        this.communes = communes;
    }

    DiagnosisResponse assemble(String locale, Iterable<?> facts, List<RankedOffer> ranking, List<Rule> fired) {
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
        DiagnosisResponse.Fragility fragility = new DiagnosisResponse.Fragility(score.getScore(), level,
                new DiagnosisResponse.Dimensions(score.getAccess(), score.getSkills(), score.getAttitude()));
        return new DiagnosisResponse(null, ruleBase.version(), fragility, digcomp, persona(choice), urgency,
                List.copyOf(groups), orientations(locale, ranking), explanation(locale, fired));
    }

    private static String missing(Object score, Object level, Object digcomp, Object choice) {
        return score == null ? "score" : level == null ? "level" : digcomp == null ? "DigComp level"
                : choice == null ? "persona" : "urgency";
    }

    private static DiagnosisResponse.Persona persona(PersonaChoice choice) {
        List<DiagnosisResponse.Alternative> alternatives = new ArrayList<>(4);
        for (PersonaMatch m : choice.getMatches()) {
            if (m.getCode() != choice.getCode()) {
                alternatives.add(new DiagnosisResponse.Alternative(m.getCode(), m.getMatch()));
            }
        }
        return new DiagnosisResponse.Persona(choice.getCode(), choice.getMatch(), List.copyOf(alternatives));
    }

    private List<DiagnosisResponse.Orientation> orientations(String locale, List<RankedOffer> ranking) {
        List<DiagnosisResponse.Orientation> result = new ArrayList<>(ranking.size());
        for (RankedOffer ranked : ranking) {
            OfferCandidate offer = ranked.offer();
            String commune = communes.byCode(offer.getCommuneCode()).map(c -> c.name(locale)).orElse(null);
            Map<String, Object> args = new HashMap<>(8);
            args.put("offer", offer.getStructure().name());
            args.put("commune", commune);
            args.put("km", offer.getDistanceKm());
            List<DiagnosisResponse.Reason> reasons = new ArrayList<>(ranked.reasons().size());
            for (Reason reason : ranked.reasons()) {
                args.put("points", reason.points());
                String template = ruleBase.texts().reasonTemplate(locale, reason.rule());
                reasons.add(new DiagnosisResponse.Reason(reason.rule(), Messages.fill(template, args)));
            }
            result.add(new DiagnosisResponse.Orientation(ranked.rank(), offer.getKind(), offer.getId(),
                    offer.getService().name() + " – " + offer.getStructure().name(), commune,
                    offer.getStructure().postcode(), List.copyOf(reasons)));
        }
        return List.copyOf(result);
    }

    private List<DiagnosisResponse.Explanation> explanation(String locale, List<Rule> fired) {
        List<DiagnosisResponse.Explanation> result = new ArrayList<>(fired.size());
        for (Rule rule : fired) {
            result.add(ruleBase.texts().explanation(locale, rule));
        }
        return List.copyOf(result);
    }
}
