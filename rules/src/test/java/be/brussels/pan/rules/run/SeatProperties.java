package be.brussels.pan.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.seats.UpcomingSession;
import be.brussels.pan.rules.orientation.RankedOffer;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the seat rules (seats.drl) guarantee for every request and every seat snapshot. */
class SeatProperties {

    private static final List<String> CATALOGUE = DefaultRun.CATALOG.services().stream().map(Service::id).toList();

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<List<SeatArbitraries.Plan>> plans() {
        return SeatArbitraries.planLists().filter(list -> !list.isEmpty());
    }

    /** The snapshot of the plans, most sessions on the offers the person is shown without one. */
    private static SeatSnapshot snapshotFor(DiagnosisRequest request, List<SeatArbitraries.Plan> plans) {
        List<String> shown = DefaultRun.EVALUATOR.evaluate(request).ranking().stream().map(r -> r.offer().getId()).toList();
        return SeatArbitraries.place(plans, shown, CATALOGUE);
    }

    @Property(tries = 300)
    void givingASessionMoreFreeSeatsNeverLowersItsOffersPointsOrRank(@ForAll("requests") DiagnosisRequest request,
                                                                      @ForAll("plans") List<SeatArbitraries.Plan> plans) {
        SeatSnapshot before = snapshotFor(request, plans);
        int index = plans.size() - 1;
        UpcomingSession session = before.sessions().get(index);
        SeatSnapshot after = SeatArbitraries.withFreeSeats(before, index, session.seats());

        Optional<RankedOffer> was = find(DefaultRun.EVALUATOR.evaluate(request, before).ranking(), session.offerId());
        Optional<RankedOffer> now = find(DefaultRun.EVALUATOR.evaluate(request, after).ranking(), session.offerId());

        // the property bites only where the session's offer is shown and its points move: check that it often does
        Statistics.label("offer of the session shown").collect(was.isPresent())
                .coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("points changed").collect(was.isPresent() && now.isPresent() && now.get().points() != was.get().points())
                .coverage(c -> c.check(true).percentage(p -> p > 3));
        if (was.isPresent()) {
            assertThat(now).as("offer %s, shown before its session %s had more free seats", session.offerId(), session.id())
                    .isPresent();
            assertThat(now.get().points()).as("points of %s", session.offerId()).isGreaterThanOrEqualTo(was.get().points());
            assertThat(now.get().rank()).as("rank of %s", session.offerId()).isLessThanOrEqualTo(was.get().rank());
        }
    }

    @Property(tries = 200)
    void theNextSessionsShownHaveFreeSeatsStartAfterTheSnapshotAndComeSoonestFirst(
            @ForAll("requests") DiagnosisRequest request, @ForAll("plans") List<SeatArbitraries.Plan> plans) {
        SeatSnapshot seats = snapshotFor(request, plans);
        int shown = (int) DefaultRun.RULE_BASE.policy().number("seats-next-sessions", "shown");

        for (RankedOffer offer : DefaultRun.EVALUATOR.evaluate(request, seats).ranking()) {
            List<UpcomingSession> next = offer.nextSessions();
            assertThat(next).hasSizeLessThanOrEqualTo(shown)
                    .allSatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo(offer.offer().getId());
                        assertThat(s.freeSeats()).isPositive();
                        assertThat(s.start().toInstant()).isAfter(seats.asOf());
                    });
            assertThat(next).extracting(s -> s.start().toInstant()).isSorted();
            long available = seats.sessions().stream().filter(s -> s.offerId().equals(offer.offer().getId())
                    && s.freeSeats() > 0 && s.start().toInstant().isAfter(seats.asOf())).count();
            assertThat(next).hasSize((int) Math.min(shown, available));
        }
    }

    @Property(tries = 200)
    void withoutASnapshotTheSeatRulesChangeNothing(@ForAll("requests") DiagnosisRequest request) {
        Evaluation without = DefaultRun.EVALUATOR.evaluate(request);

        Evaluation withNull = DefaultRun.EVALUATOR.evaluate(request, null);

        assertThat(withNull.firedIds()).isEqualTo(without.firedIds());
        assertThat(withNull.ranking()).isEqualTo(without.ranking());
        assertThat(without.firedIds()).noneMatch(id -> id.startsWith("seats-"));
        assertThat(without.ranking()).allSatisfy(r -> assertThat(r.nextSessions()).isEmpty());
    }

    private static Optional<RankedOffer> find(List<RankedOffer> ranking, String offerId) {
        return ranking.stream().filter(r -> r.offer().getId().equals(offerId)).findFirst();
    }
}
