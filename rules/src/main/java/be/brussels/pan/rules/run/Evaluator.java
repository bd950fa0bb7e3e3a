package be.brussels.pan.rules.run;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.rules.diagnosis.Person;
import be.brussels.pan.rules.diagnosis.Scorecard;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.rules.orientation.Offers;
import be.brussels.pan.rules.orientation.OrientationBoard;
import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * Runs a request through the rule base against one catalogue: the request becomes the {@link Person} fact,
 * the catalogue's offers the {@code offers} global as seen from the person's commune (rules read it with
 * {@code from}: a global, not a fact, since no rule reasons about it changing), and one session fires every rule. This is the only way a request reaches the rules: the engine's DiagnosisEngine and the rule
 * cases both go through it.
 *
 * <p>Immutable and thread-safe; build one per catalogue. The request is expected valid (the engine's
 * RequestValidator checks the contract first), and so is the catalogue (its CatalogValidator).
 */
public final class Evaluator {

    private final RuleBase ruleBase;
    private final Communes communes;
    private final OfferIndex offers;

    public Evaluator(RuleBase ruleBase, Catalog catalog) {
        this.ruleBase = ruleBase;
        this.communes = Communes.brussels();
        this.offers = new OfferIndex(catalog, communes);
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public Catalog catalog() {
        return offers.catalog();
    }

    /** Evaluates a request without a seat snapshot: no seat rule applies. */
    public Evaluation evaluate(DiagnosisRequest request) {
        return run(request, null, false);
    }

    /** Evaluates a request with what is known of the upcoming sessions' free seats ({@code seats} may be null). */
    public Evaluation evaluate(DiagnosisRequest request, SeatSnapshot seats) {
        return run(request, seats, false);
    }

    /**
     * As {@link #evaluate(DiagnosisRequest, SeatSnapshot)}, and states for every offer of the catalogue whether
     * the person may be referred to it ({@link Evaluation#exclusions()}). Separate because a diagnosis alone
     * does not need it.
     */
    public Evaluation assess(DiagnosisRequest request, SeatSnapshot seats) {
        return run(request, seats, true);
    }

    private Evaluation run(DiagnosisRequest request, SeatSnapshot seats, boolean withExclusions) {
        Person person = PersonMapper.toPerson(request, communes);
        Offers candidates = offers.from(person.getCommuneCode());
        OrientationBoard board = new OrientationBoard();
        FiredRules fired = new FiredRules();
        KieSession session = ruleBase.newSession();
        try {
            session.setGlobal("scorecard", new Scorecard());
            session.setGlobal("board", board);
            session.setGlobal("policy", ruleBase.policy());
            session.setGlobal("offers", candidates);
            session.addEventListener(fired);
            session.insert(person);
            session.fireAllRules();
            return Evaluation.of(session.getObjects(), board.ranking(), fired.withEffect(board.withoutEffect()),
                    rules -> withExclusions ? Exclusions.of(board, rules, candidates.all()) : List.of());
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
    }
}
