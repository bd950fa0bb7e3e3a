package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.seats.UpcomingSession;
import be.brussels.pan.rules.diagnosis.FragilityScore;
import be.brussels.pan.rules.diagnosis.PersonaChoice;
import be.brussels.pan.rules.diagnosis.PersonaMatch;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.rules.meta.Messages;
import be.brussels.pan.rules.orientation.OfferCandidate;
import be.brussels.pan.rules.orientation.RankedOffer;
import be.brussels.pan.rules.orientation.Reason;
import be.brussels.pan.rules.run.Evaluation;
import be.brussels.pan.rules.run.RuleBase;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * Writes what the rules concluded (an {@link Evaluation}) as the contract's response in the requested
 * language. It decides nothing: every value comes from a rule's conclusion. Its texts are prepared once per
 * rule base.
 */
final class ResponseAssembler {

    private final RuleBase ruleBase;
    private final RuleTexts texts;
    private final Communes communes = Communes.brussels();

    ResponseAssembler(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.texts = new RuleTexts(ruleBase.rules(), ruleBase.messages());
    }

    RuleBase ruleBase() {
        return ruleBase;
    }

    DiagnosisResponse assemble(String locale, Evaluation evaluation) {
        FragilityScore score = evaluation.score();
        DiagnosisResponse.Fragility fragility = new DiagnosisResponse.Fragility(score.getScore(), evaluation.level(),
                new DiagnosisResponse.Dimensions(score.getAccess(), score.getSkills(), score.getAttitude()));
        return new DiagnosisResponse(null, ruleBase.version(), fragility, evaluation.digcomp(),
                persona(evaluation.persona()), evaluation.urgency(), evaluation.targetGroups(),
                orientations(locale, evaluation.ranking()), explanation(locale, evaluation.fired()));
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
            List<DiagnosisResponse.Reason> reasons = new ArrayList<>(ranked.reasons().size());
            for (Reason reason : ranked.reasons()) {
                Messages.Template template = texts.reasonTemplate(locale, reason.rule());
                reasons.add(new DiagnosisResponse.Reason(reason.rule(), template.fill(name -> switch (name) {
                    case "offer" -> offer.getStructure().name();
                    case "commune" -> commune;
                    case "km" -> offer.getDistanceKm();
                    case "points" -> reason.points();
                    default -> null;
                })));
            }
            result.add(new DiagnosisResponse.Orientation(ranked.rank(), offer.getKind(), offer.getId(),
                    offer.getService().name() + " – " + offer.getStructure().name(), commune,
                    offer.getStructure().postcode(), List.copyOf(reasons), nextSessions(ranked.nextSessions())));
        }
        return List.copyOf(result);
    }

    private static List<DiagnosisResponse.NextSession> nextSessions(List<UpcomingSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<DiagnosisResponse.NextSession> result = new ArrayList<>(sessions.size());
        for (UpcomingSession s : sessions) {
            result.add(new DiagnosisResponse.NextSession(s.id(), s.start(), s.end(), s.venue(), s.address(), s.language(),
                    s.freeSeats()));
        }
        return result;
    }

    private List<DiagnosisResponse.Explanation> explanation(String locale, List<Rule> fired) {
        List<DiagnosisResponse.Explanation> result = new ArrayList<>(fired.size());
        for (Rule rule : fired) {
            result.add(texts.explanation(locale, rule));
        }
        return List.copyOf(result);
    }
}
