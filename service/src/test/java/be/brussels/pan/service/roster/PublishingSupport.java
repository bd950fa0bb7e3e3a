package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Rosters solved, published and re-planned over HTTP, for the publishing tests. */
abstract class PublishingSupport extends ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A generated week with a known full assignment (illustrative data); its id names no week. */
    static final ProblemJson PROBLEM = ProblemGenerator.generate(Dimensions.forSessions(12), 7, true).problem();
    static final String PROBLEM_JSON = RosterJson.write(PROBLEM);

    @Autowired
    RosterSolves solves;

    final List<String> started = new ArrayList<>();

    /** No test leaves a solve running for the next one. */
    @AfterEach
    void stopEverything() {
        started.forEach(id -> call("planner", HttpMethod.DELETE, "/api/v1/rosters/" + id, null));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (solves.running() > 0 && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(solves.running()).isZero();
    }

    /** Submits the problem for a week and returns the roster's id once its solve is DONE. */
    String solved(String week) {
        return awaitDone(submitted(PROBLEM_JSON, "seconds=1&week=" + week));
    }

    String submitted(String problem, String query) {
        ResponseEntity<String> answer = call("planner", HttpMethod.POST, "/api/v1/rosters?" + query, problem);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
        String id = read(answer.getBody()).get("id").asText();
        started.add(id);
        return id;
    }

    String awaitDone(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode state = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody());
            if (!state.get("status").asText().equals("SOLVING")) {
                assertThat(state.get("status").asText()).isEqualTo("DONE");
                return id;
            }
            assertThat(System.nanoTime()).as("roster %s still solving", id).isLessThan(deadline);
            sleep(100);
        }
    }

    JsonNode state(String id) {
        return read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody());
    }

    ResponseEntity<String> publish(String user, String id) {
        return call(user, HttpMethod.POST, "/api/v1/rosters/" + id + "/publish", null);
    }

    JsonNode sessions(String user, String query) {
        ResponseEntity<String> answer = call(user, HttpMethod.GET, "/api/v1/sessions?" + query, null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return read(answer.getBody());
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
