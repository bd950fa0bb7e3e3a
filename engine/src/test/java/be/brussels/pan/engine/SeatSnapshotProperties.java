package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.rules.run.RequestArbitraries;
import be.brussels.pan.rules.run.SeatArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The engine with a seat snapshot: deterministic, and its responses, next sessions included, survive their JSON. */
class SeatSnapshotProperties {

    private static final List<String> CATALOGUE = Engines.DEFAULT.catalog().services().stream().map(Service::id).toList();

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<List<SeatArbitraries.Plan>> plans() {
        return SeatArbitraries.planLists();
    }

    /** Most sessions on the offers the person is shown without a snapshot, so that the seat rules have a say. */
    private static SeatSnapshot snapshotFor(DiagnosisRequest request, List<SeatArbitraries.Plan> plans) {
        List<String> shown = Engines.DEFAULT.diagnose(request).orientations().stream()
                .map(DiagnosisResponse.Orientation::offerId).toList();
        return SeatArbitraries.place(plans, shown, CATALOGUE);
    }

    @Property(tries = 200)
    void theSameRequestAndAnEqualSnapshotGiveTheSameResponse(@ForAll("requests") DiagnosisRequest request,
                                                             @ForAll("plans") List<SeatArbitraries.Plan> plans) {
        SeatSnapshot seats = snapshotFor(request, plans);
        // an equal snapshot that is another object: the engine indexes snapshots by identity, and must not care
        SeatSnapshot copy = new SeatSnapshot(seats.asOf(), new ArrayList<>(seats.sessions()));

        DiagnosisResponse first = Engines.DEFAULT.diagnose(request, seats);

        assertThat(Engines.DEFAULT.diagnose(request, seats)).isEqualTo(first);
        assertThat(Engines.DEFAULT.diagnose(request, copy)).isEqualTo(first);
        assertThat(Engines.DEFAULT.diagnoseAll(List.of(request, request), copy)).containsExactly(first, first);
        assertThat(Engines.DEFAULT.assessAll(List.of(request), seats).get(0).response()).isEqualTo(first);
    }

    @Property(tries = 200)
    void aResponseWithNextSessionsSurvivesItsJson(@ForAll("requests") DiagnosisRequest request,
                                                 @ForAll("plans") List<SeatArbitraries.Plan> plans) throws Exception {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request, snapshotFor(request, plans));
        Statistics.label("some orientation lists next sessions")
                .collect(response.orientations().stream().anyMatch(o -> !o.nextSessions().isEmpty()))
                .coverage(c -> c.check(true).percentage(p -> p > 30));

        String json = DiagnosisJson.write(response);

        assertThat(DiagnosisJson.mapper().readValue(json, DiagnosisResponse.class)).isEqualTo(response);
    }

    @Property(tries = 100)
    void withoutASnapshotTheResponseIsTheOneOfTheSingleArgumentApi(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request, null);

        assertThat(response).isEqualTo(Engines.DEFAULT.diagnose(request));
        assertThat(DiagnosisJson.write(response)).doesNotContain("nextSessions");
    }
}
