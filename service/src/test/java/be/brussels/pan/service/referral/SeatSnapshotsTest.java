package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.seats.UpcomingSession;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.DiagnosisJson;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.service.session.SeatSnapshots;
import be.brussels.pan.service.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: {@link SeatSnapshots} gives the engine the published sessions with an offer that start in the coming
 * weeks with their free seats, and the engine lists a booked offer's session among an orientation's next sessions.
 */
class SeatSnapshotsTest extends BookingTestSupport {

    @Autowired
    SessionStore store;
    @Autowired
    SeatSnapshots configured;

    private SeatSnapshots fresh() {
        return new SeatSnapshots(store, Clock.systemUTC(), 4, Duration.ZERO);
    }

    private static UpcomingSession find(SeatSnapshot snapshot, UUID id) {
        return snapshot.sessions().stream().filter(s -> s.id().equals(id.toString())).findFirst().orElse(null);
    }

    @Test
    void theSnapshotHoldsTheBookableSessionsOfTheComingWeeksWithTheirFreeSeats() {
        UUID soon = session(3, 3);
        UUID farAway = session(3, 40);
        UUID started = session(3, -1);
        String week = newWeek();
        List<UUID> ids = publish(week, List.of(
                placement("no-offer", "site-community-21002-1", SessionKind.WORKSHOP, 5, inDays(4)),
                placement("dropped", "epn-13", SessionKind.WORKSHOP, 5, inDays(4))));
        replan(week, List.of(placement("no-offer", "site-community-21002-1", SessionKind.WORKSHOP, 5, inDays(4))));
        booked(soon);

        SeatSnapshot snapshot = fresh().current();

        UpcomingSession upcoming = find(snapshot, soon);
        assertThat(upcoming).isNotNull();
        assertThat(upcoming.offerId()).isEqualTo(SKS_OFFER);
        assertThat(upcoming.seats()).isEqualTo(3);
        assertThat(upcoming.freeSeats()).isEqualTo(2);
        assertThat(upcoming.venue()).isEqualTo("Venue epn-13");
        assertThat(upcoming.start().getOffset()).isEqualTo(inDays(3).getOffset());
        for (UUID left : List.of(farAway, started, ids.get(0), ids.get(1))) {
            assertThat(find(snapshot, left)).as("session " + left).isNull();
        }
        assertThat(snapshot.sessions()).allSatisfy(s -> assertThat(s.start().toInstant()).isAfter(snapshot.asOf()));
    }

    @Test
    void theSnapshotIsCachedForItsConfiguredTime() {
        UUID session = session(4, 5);
        SeatSnapshots cached = new SeatSnapshots(store, Clock.systemUTC(), 4, Duration.ofHours(1));
        assertThat(find(cached.current(), session).freeSeats()).isEqualTo(4);
        booked(session);

        assertThat(find(cached.current(), session).freeSeats()).as("within the cache time").isEqualTo(4);
        assertThat(find(fresh().current(), session).freeSeats()).isEqualTo(3);
        assertThat(configured.current()).as("the application's bean (pan.seats.*)").isNotNull();
    }

    @Test
    void theEngineListsABookedOffersSessionAmongItsNextSessions() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
        DiagnosisRequest request = DiagnosisJson.parse(Files.readString(
                Path.of("..", "examples", "requests", "esteban.json"))).requests().get(0);
        DiagnosisResponse.Orientation first = engine.diagnose(request, null).orientations().get(0);
        UUID session = session(6, 2);
        // the session is made a session of the person's first orientation's offer, whatever its venue's structure:
        // the mapping from venue to offer is BookingApiTest's, this is the engine's view of it
        jdbc.sql("update published_sessions set offer_id = ? where id = ?").params(first.offerId(), session).update();
        jdbc.sql("update published_sessions set booked = 2 where id = ?").param(session).update();

        DiagnosisResponse response = engine.diagnose(request, fresh().current());

        DiagnosisResponse.Orientation oriented = response.orientations().stream()
                .filter(o -> o.offerId().equals(first.offerId())).findFirst().orElseThrow();
        assertThat(oriented.nextSessions()).anySatisfy(next -> {
            assertThat(next.id()).isEqualTo(session.toString());
            assertThat(next.freeSeats()).isEqualTo(4);
        });
    }

    @Test
    void aDiagnosisThroughTheApiListsTheNextSessionsWithFreeSeatsAndStoresThem() throws Exception {
        String diagnosis = diagnosis();
        JsonNode stored = json(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + diagnosis, null));
        String offer = stored.at("/orientations/0/offerId").asText();
        UUID session = session(5, 3);
        jdbc.sql("update published_sessions set offer_id = ?, booked = 1 where id = ?").params(offer, session).update();

        // The service reads the seats at most pan.seats.cache (2 s) late: the session shows within a few seconds.
        JsonNode next = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (next == null && System.nanoTime() < deadline) {
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                    Files.readString(Path.of("..", "examples", "requests", "esteban.json")));
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            JsonNode response = json(created);
            for (JsonNode orientation : response.get("orientations")) {
                for (JsonNode candidate : orientation.path("nextSessions")) {
                    if (orientation.get("offerId").asText().equals(offer)
                            && candidate.get("id").asText().equals(session.toString())) {
                        next = candidate;
                        // what was answered is what is stored
                        JsonNode again = json(call("counsellor", HttpMethod.GET,
                                "/api/v1/diagnoses/" + response.get("id").asText(), null));
                        assertThat(again.at("/orientations").toString()).isEqualTo(response.at("/orientations").toString());
                    }
                }
            }
            if (next == null) {
                Thread.sleep(250);
            }
        }
        assertThat(next).as("offer " + offer + "'s next sessions list session " + session).isNotNull();
        assertThat(next.get("freeSeats").asInt()).isEqualTo(4);
        assertThat(next.get("venue").asText()).isEqualTo("Venue epn-13");
    }
}
