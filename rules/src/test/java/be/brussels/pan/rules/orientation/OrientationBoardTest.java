package be.brussels.pan.rules.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.rules.meta.RuleMeta;
import be.brussels.pan.rules.run.DefaultRun;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The board's tests over the offers (rules that fire once and give the offer side of their condition as a
 * test): what applies, to which proposals, and which rules the explanation leaves out because they changed
 * nothing. The rules are the rule base's own, for their metadata ({@code @points}, {@code @moves}).
 */
class OrientationBoardTest {

    private static final OfferCandidate EPN = offer("epn-01-access", OrientationKind.EPN, 1.0);
    private static final OfferCandidate PARTNER = offer("db-01-project", OrientationKind.PARTNER, 2.0);
    private static final OfferCandidate VOLUNTEERING = offer("db-07-volunteer", OrientationKind.VOLUNTEERING, 3.0);

    @Test
    void aTestThatNoProposalPassesChangesNothingAndIsLeftOutOfTheExplanation() {
        OrientationBoard board = new OrientationBoard();
        board.proposeEach(rule("epn-nearest"), List.of(EPN));
        board.scoreWhere(rule("offer-suits-persona"), offer -> offer.getKind() == OrientationKind.VOLUNTEERING);
        board.scoreWhere(rule("offer-meets-need"), offer -> offer.getKind() == OrientationKind.EPN);

        List<RankedOffer> ranking = board.ranking();

        assertThat(ranking).singleElement().satisfies(r -> assertThat(r.reasons()).extracting(Reason::rule)
                .containsExactly("epn-nearest", "offer-meets-need"));
        assertThat(board.withoutEffect()).containsExactly(name("offer-suits-persona"));
    }

    @Test
    void aRuleThatProposesNothingFromItsListIsLeftOutOfTheExplanation() {
        OrientationBoard board = new OrientationBoard();
        board.proposeEach(rule("epn-nearest"), List.of(EPN, PARTNER), offer -> offer.getKind() == OrientationKind.EPN);
        board.proposeEach(rule("persona-solution"), List.of(PARTNER), offer -> false);
        board.proposeEach(rule("start-digital-eligible"), List.of());

        assertThat(board.ranking()).extracting(r -> r.offer().getId()).containsExactly("epn-01-access");
        assertThat(board.withoutEffect()).containsExactlyInAnyOrder(name("persona-solution"), name("start-digital-eligible"));
    }

    @Test
    void anExclusionRemovesEveryProposalThatPassesAndTheFirstRuleToExcludeIsTheReason() {
        OrientationBoard board = new OrientationBoard();
        board.proposeEach(rule("epn-nearest"), List.of(EPN, PARTNER));
        board.excludeWhere(rule("exclude-age"), offer -> offer.getKind() == OrientationKind.PARTNER);
        board.excludeWhere(rule("exclude-reserved"), offer -> true);

        assertThat(board.ranking()).isEmpty();
        assertThat(board.withoutEffect()).isEmpty();
    }

    @Test
    void pointsWhenNoneIsProposedApplyOnlyIfNoProposalPassesTheFirstTest() {
        OrientationBoard none = new OrientationBoard();
        none.proposeEach(rule("epn-nearest"), List.of(EPN, PARTNER));
        none.scoreWhereNone(rule("allophone-support-rises"), offer -> false, offer -> offer.getKind() == OrientationKind.PARTNER);
        assertThat(none.ranking()).first().satisfies(r -> assertThat(r.offer().getId()).isEqualTo("db-01-project"));

        OrientationBoard some = new OrientationBoard();
        some.proposeEach(rule("epn-nearest"), List.of(EPN, PARTNER));
        some.scoreWhereNone(rule("allophone-support-rises"), offer -> true, offer -> offer.getKind() == OrientationKind.PARTNER);
        assertThat(some.ranking()).first().satisfies(r -> assertThat(r.offer().getId()).isEqualTo("epn-01-access"));
        assertThat(some.withoutEffect()).containsExactly(name("allophone-support-rises"));
    }

    @Test
    void aRuleThatFiresAgainReplacesItsTest() {
        OrientationBoard board = new OrientationBoard();
        board.proposeEach(rule("epn-nearest"), List.of(EPN));
        board.excludeWhere(rule("exclude-age"), offer -> true);
        board.excludeWhere(rule("exclude-age"), offer -> false);

        assertThat(board.ranking()).extracting(r -> r.offer().getId()).containsExactly("epn-01-access");
    }

    @Test
    void anOrderBetweenTwoSidesMovesTheSecondAfterTheFirstWhateverTheirPoints() {
        OrientationBoard board = new OrientationBoard();
        board.proposeEach(rule("volunteer-benoit"), List.of(VOLUNTEERING));
        board.proposeEach(rule("epn-nearest"), List.of(EPN));
        board.keepBeforeWhere(rule("needs-before-volunteering"), offer -> offer.getKind() == OrientationKind.EPN,
                offer -> offer.getKind() == OrientationKind.VOLUNTEERING);

        assertThat(board.ranking()).extracting(r -> r.offer().getId()).containsExactly("epn-01-access", "db-07-volunteer");
    }

    @Test
    void theNoticesReadTheOffersShownNotEveryProposal() {
        OrientationBoard board = new OrientationBoard();
        board.proposeEach(rule("epn-nearest"), List.of(EPN));
        board.proposeEach(rule("volunteer-benoit"), List.of(VOLUNTEERING));
        board.excludeWhere(rule("exclude-age"), offer -> offer.getKind() == OrientationKind.VOLUNTEERING);
        board.noticeWhen(rule("language-gap"), shown -> shown.any(offer -> offer.getKind() == OrientationKind.VOLUNTEERING));
        board.noticeWhen(rule("hearing-adaptation-unknown"), shown -> !shown.isEmpty());

        board.ranking();

        assertThat(board.withoutEffect()).containsExactly(name("language-gap"));
    }

    private static RuleContext rule(String id) {
        Rule rule = DefaultRun.RULE_BASE.rules().stream().filter(r -> RuleMeta.id(r).equals(id)).findFirst().orElseThrow();
        return (RuleContext) Proxy.newProxyInstance(RuleContext.class.getClassLoader(), new Class<?>[] {RuleContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRule")) {
                        return rule;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String name(String id) {
        return rule(id).getRule().getName();
    }

    private static OfferCandidate offer(String serviceId, OrientationKind kind, double km) {
        Service service = DefaultRun.CATALOG.services().stream().filter(s -> s.id().equals(serviceId)).findFirst().orElseThrow();
        Structure structure = DefaultRun.CATALOG.structures().stream().filter(s -> s.id().equals(service.structureId()))
                .findFirst().orElseThrow();
        return new OfferCandidate(service, structure, kind, km, 1, false);
    }
}
