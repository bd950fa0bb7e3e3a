package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * Two solves of the same problem with the same settings give the same roster (issue 13): the service solves in
 * OptaPlanner's REPRODUCIBLE mode with a fixed seed and a budget of score calculations. The budget here is low
 * (20,000 a second of time limit: 200,000 for 10 s), so that even a loaded machine spends it well before the clock.
 */
@TestPropertySource(properties = "pan.rosters.reproducible.calculations-per-second=20000")
class ReproducibleRosterTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameProblemSolvedTwiceAtOnceGivesTheSameRoster() throws Exception {
        String problem = RosterJson.write(ProblemGenerator.generate(Size.S, 11));

        List<String> ids = List.of(submit(problem), submit(problem));
        JsonNode first = awaitDone(ids.get(0));
        JsonNode second = awaitDone(ids.get(1));

        assertThat(first.at("/solution/assignments").size()).isGreaterThan(10);
        assertThat(second.get("solution")).isEqualTo(first.get("solution"));
        assertThat(second.get("score")).isEqualTo(first.get("score"));
    }

    private String submit(String problem) throws Exception {
        var answer = call("planner", HttpMethod.POST, "/api/v1/rosters?seconds=10", problem);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
        return JSON.readTree(answer.getBody()).get("id").asText();
    }

    private JsonNode awaitDone(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody());
            if (!state.get("status").asText().equals("SOLVING")) {
                assertThat(state.get("status").asText()).isEqualTo("DONE");
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("roster " + id + " still solving after 60 s");
    }
}
