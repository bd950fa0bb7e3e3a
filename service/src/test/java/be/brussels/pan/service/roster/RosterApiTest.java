package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class RosterApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A small generated problem with a known full assignment (illustrative data). */
    private static final String PROBLEM = compact(RosterJson.write(
            ProblemGenerator.generate(Dimensions.forSessions(10), 7, true).problem()));

    @Autowired
    RosterSolves solves;

    private final List<String> started = new ArrayList<>();

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

    @Test
    void aSmallProblemIsSolvedToDoneWithoutHardBreaksAndExported() throws Exception {
        ResponseEntity<String> submitted = submit("planner", PROBLEM, "seconds=2");

        assertThat(submitted.getStatusCode().value()).isEqualTo(202);
        JsonNode body = JSON.readTree(submitted.getBody());
        String id = body.get("id").asText();
        assertThat(body.get("status").asText()).isEqualTo("SOLVING");
        assertThat(submitted.getHeaders().getLocation()).hasToString("/api/v1/rosters/" + id);
        assertThat(submitted.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(submitted.getBody()).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"SOLVING\"}");

        JsonNode done = awaitDone(id);
        assertThat(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody()).isEqualTo(storedState(id));
        assertThat(done.at("/score/hard").asLong()).isZero();
        assertThat(done.at("/solution/score")).isEqualTo(done.get("score"));
        JsonNode solution = done.get("solution");
        assertThat(solution.get("problemId").asText()).isEqualTo("illustrative-10-seed7-feasible");
        assertThat(solution.get("assignments").size() + solution.get("unassigned").size()).isEqualTo(10);
        assertThat(solution.get("assignments").get(0).fieldNames()).toIterable()
                .containsExactly("session", "timeslot", "venue", "animator", "kit");
        assertThat(jdbc.sql("select status from rosters where id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).single()).isEqualTo("DONE");
        String problemBody = call("planner", HttpMethod.GET, "/api/v1/rosters/" + id + "/problem", null).getBody();
        assertThat(JSON.readTree(problemBody).get("id").asText()).isEqualTo("illustrative-10-seed7-feasible");
        assertThat(problemBody).as("the problem as submitted, compact").isEqualTo(PROBLEM);

        ResponseEntity<String> csv = call("planner", HttpMethod.GET, "/api/v1/rosters/" + id + ".csv", null);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).startsWith("session,status,day,start,end");
        assertThat(lines).hasSize(11);

        String animator = solution.at("/assignments/0/animator").asText();
        String session = solution.at("/assignments/0/session").asText();
        ResponseEntity<String> ics = call("planner", HttpMethod.GET,
                "/api/v1/rosters/" + id + "/animators/" + animator + ".ics", null);
        assertThat(ics.getStatusCode().value()).isEqualTo(200);
        assertThat(ics.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(ics.getBody()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT")
                .contains("UID:" + session + "@illustrative-10-seed7-feasible");
        long events = solution.get("assignments").findValuesAsText("animator").stream().filter(animator::equals).count();
        assertThat(ics.getBody().split("BEGIN:VEVENT", -1)).hasSize((int) events + 1);

        JsonNode problem = JSON.readTree(PROBLEM);
        for (JsonNode a : problem.get("animators")) {
            String other = a.get("id").asText();
            if (!solution.get("assignments").findValuesAsText("animator").contains(other)) {
                ResponseEntity<String> idle = call("planner", HttpMethod.GET,
                        "/api/v1/rosters/" + id + "/animators/" + other + ".ics", null);
                assertThat(idle.getStatusCode().value()).isEqualTo(200);
                assertThat(idle.getBody()).startsWith("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
                break;
            }
        }

        ResponseEntity<String> nobody = call("planner", HttpMethod.GET,
                "/api/v1/rosters/" + id + "/animators/anim-999.ics", null);
        assertThat(nobody.getStatusCode().value()).isEqualTo(404);
        assertThat(nobody.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void deleteStopsASolveEarlyAndKeepsTheBestSolution() throws Exception {
        String id = JSON.readTree(submit("admin", PROBLEM, "seconds=120").getBody()).get("id").asText();
        started.add(id);
        sleep(500);
        long start = System.nanoTime();

        ResponseEntity<String> stopped = call("planner", HttpMethod.DELETE, "/api/v1/rosters/" + id, null);

        assertThat(stopped.getStatusCode().value()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        JsonNode state = awaitDone(id);
        assertThat(state.at("/solution/assignments").size() + state.at("/solution/unassigned").size()).isEqualTo(10);
        assertThat(JSON.readTree(stopped.getBody()).get("id").asText()).isEqualTo(id);
        assertThat(stopped.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(stopped.getBody()).isEqualTo(storedState(id));
    }

    @Test
    void solvesAreBoundedAndTheNextOneIsRefusedWith429() throws Exception {
        assertThat(solves.maxConcurrent()).isEqualTo(2);
        String first = JSON.readTree(submit("planner", PROBLEM, "seconds=120").getBody()).get("id").asText();
        started.add(first);
        String second = JSON.readTree(submit("planner", PROBLEM, "seconds=120").getBody()).get("id").asText();
        started.add(second);
        long before = rows("rosters");
        assertLiveStateIsExact(first);

        ResponseEntity<String> third = submit("planner", PROBLEM, "seconds=1");

        assertThat(third.getStatusCode().value()).isEqualTo(429);
        assertThat(third.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(third.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(JSON.readTree(third.getBody()).get("maxConcurrentSolves").asInt()).isEqualTo(2);
        assertThat(rows("rosters")).isEqualTo(before);
        assertThat(third.getHeaders().get("Retry-After")).containsExactly("10");
        assertThat(third.getBody()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"2 roster solve(s) are already running, the most this service runs at once; retry when one"
                + " has finished (GET its state) or stop one (DELETE)\",\"instance\":\"/api/v1/rosters\","
                + "\"maxConcurrentSolves\":2}");

        call("planner", HttpMethod.DELETE, "/api/v1/rosters/" + first, null);
        awaitDone(first);
        ResponseEntity<String> again = submit("planner", PROBLEM, "seconds=1");
        assertThat(again.getStatusCode().value()).isEqualTo(202);
        started.add(JSON.readTree(again.getBody()).get("id").asText());
    }

    static Stream<Arguments> badProblems() {
        return Stream.of(
                Arguments.of("dangling commune", edit(p -> ((ObjectNode) p.at("/sessions/0")).put("commune", "99999")),
                        "session s-0001 commune"),
                Arguments.of("dangling timeslot", edit(p -> ((ArrayNode) p.at("/animators/0/available")).add("SUN-9")),
                        "animator anim-001 available"),
                Arguments.of("duplicate id", edit(p -> ((ObjectNode) p.at("/sessions/1")).put("id", "s-0001")),
                        "sessions[1].id"),
                Arguments.of("empty list", edit(p -> ((ObjectNode) p).putArray("sessions")), "sessions"),
                Arguments.of("unknown field", edit(p -> ((ObjectNode) p.at("/venues/0")).put("colour", "red")),
                        "venues[0].colour"),
                Arguments.of("malformed JSON", "{\"id\":", "$"));
    }

    /**
     * Issue 16: a roster left SOLVING by a dead instance (here, one named "gone" whose last heartbeat is an hour old)
     * is failed by the sweep of any instance, not by a start-up that could fail another instance's live solves.
     */
    @Test
    void aRosterLeftSolvingByADeadInstanceIsFailedByTheSweep(@Autowired RosterStartup startup) throws Exception {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,"
                        + " instance_id, heartbeat_at) values (?, ?, 'planner', 'PROBLEM', 30, 'SOLVING', 'p', ?, 'gone', ?)")
                .params(id, java.time.OffsetDateTime.now(), PROBLEM, java.time.OffsetDateTime.now().minusHours(1))
                .update();
        // Not this instance's row: start-up leaves it (else its failure would be "the service stopped...").
        startup.run(null);

        solves.sweep(); // the scheduled sweep may have come first: the same conditional update

        JsonNode state = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody());
        assertThat(state.get("status").asText()).isEqualTo("FAILED");
        assertThat(state.get("problemId").asText()).isEqualTo("p"); // from its column: the problem is not parsed
        assertThat(state.get("score").isNull()).isTrue();
        assertThat(state.get("solution").isNull()).isTrue();
        assertThat(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody()).isEqualTo("{\"id\":\"" + id
                + "\",\"failure\":\"its instance stopped: no heartbeat for over 30 s (it stopped or lost the database);"
                + " POST /api/v1/rosters/{id}/restart solves it again\",\"status\":\"FAILED\",\"problemId\":\"p\","
                + "\"score\":null,\"solution\":null}");
        assertThat(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id + ".csv", null).getStatusCode().value())
                .isEqualTo(409);
    }

    /**
     * The state of a stored roster, byte for byte: the members in this order (failure and solveMillis only when
     * stored), nulls written, the solution compact in the contract's order whatever its stored layout.
     */
    @Test
    void aStoredRostersStateIsExactlyThisJson() throws Exception {
        java.util.UUID done = java.util.UUID.randomUUID();
        SolutionJson solution = new SolutionJson("p-\u00e9\"1", new SolutionJson.ScoreJson(0, -1, -250),
                List.of(new AssignmentJson("s-1", "MON-AM", "v-1", "anim-1", null)),
                List.of(new SolutionJson.UnassignedJson("s-2", List.of("no animator is free"))));
        jdbc.sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,"
                        + " solution_json, score_hard, score_medium, score_soft, solve_millis, finished_at)"
                        + " values (?, ?, 'planner', 'PROBLEM', 30, 'DONE', ?, ?, ?, 0, -1, -250, 1234, ?)")
                .params(done, java.time.OffsetDateTime.now(), "p-\u00e9\"1", PROBLEM, RosterJson.write(solution),
                        java.time.OffsetDateTime.now()).update();
        java.util.UUID failed = java.util.UUID.randomUUID();
        jdbc.sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,"
                        + " solve_millis, finished_at, failure)"
                        + " values (?, ?, 'planner', 'PROBLEM', 30, 'FAILED', 'p', ?, 42, ?, 'IllegalStateException')")
                .params(failed, java.time.OffsetDateTime.now(), PROBLEM, java.time.OffsetDateTime.now()).update();

        ResponseEntity<String> doneState = call("planner", HttpMethod.GET, "/api/v1/rosters/" + done, null);
        ResponseEntity<String> failedState = call("planner", HttpMethod.GET, "/api/v1/rosters/" + failed, null);

        assertThat(doneState.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(doneState.getBody()).isEqualTo("{\"id\":\"" + done + "\",\"solveMillis\":1234,\"status\":\"DONE\","
                + "\"problemId\":\"p-\u00e9\\\"1\",\"score\":{\"hard\":0,\"medium\":-1,\"soft\":-250},"
                + "\"solution\":{\"problemId\":\"p-\u00e9\\\"1\",\"score\":{\"hard\":0,\"medium\":-1,\"soft\":-250},"
                + "\"assignments\":[{\"session\":\"s-1\",\"timeslot\":\"MON-AM\",\"venue\":\"v-1\",\"animator\":\"anim-1\","
                + "\"kit\":null}],\"unassigned\":[{\"session\":\"s-2\",\"reasons\":[\"no animator is free\"]}]}}");
        assertThat(failedState.getBody()).isEqualTo("{\"id\":\"" + failed + "\",\"failure\":\"IllegalStateException\","
                + "\"solveMillis\":42,\"status\":\"FAILED\",\"problemId\":\"p\",\"score\":null,\"solution\":null}");
        assertThat(call("planner", HttpMethod.DELETE, "/api/v1/rosters/" + failed, null).getBody())
                .as("DELETE leaves a finished roster as it is and answers its state").isEqualTo(failedState.getBody());
    }

    /** The problems of the submission, byte for byte: the field and the detail, whoever finds the fault. */
    @Test
    void aRefusedSubmissionIsExactlyThisProblem() {
        ResponseEntity<String> unknownField = submit("planner",
                edit(p -> ((ObjectNode) p.at("/venues/0")).put("colour", "red")), "seconds=1");
        ResponseEntity<String> dangling = submit("planner",
                edit(p -> ((ObjectNode) p.at("/sessions/0")).put("commune", "99999")), "seconds=1");
        ResponseEntity<String> malformed = submit("planner", "{\"id\":", "seconds=1");

        assertThat(unknownField.getBody()).isEqualTo(invalid("venues[0].colour", "unknown field 'colour'"));
        assertThat(dangling.getBody()).isEqualTo(invalid("session s-0001 commune", "refers to unknown id '99999'"));
        assertThat(malformed.getBody()).isEqualTo(invalid("$", "Unexpected end-of-input within/between Object entries"));
        assertThat(submit("planner", PROBLEM, "seconds=0").getBody())
                .isEqualTo(invalid("seconds", "must be a whole number of seconds from 1 to 600, not '0'"));
    }

    private static String invalid(String field, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"" + field + ": "
                + detail + "\",\"instance\":\"/api/v1/rosters\",\"field\":\"" + field + "\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProblems")
    void aBadProblemIsA400NamingTheOffenderAndStoresNothing(String what, String problem, String field) throws Exception {
        long before = rows("rosters");

        ResponseEntity<String> answer = submit("planner", problem, "seconds=1");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(field);
        assertThat(rows("rosters")).isEqualTo(before);
        assertThat(solves.running()).isZero();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"seconds=0", "seconds=601", "seconds=abc", "seconds=1.5",
            "seconds=%D9%A1", "seconds=%2B1", "seconds=99999999999"})
    void secondsMustBeFrom1To600(String query) throws Exception {
        long before = rows("rosters");
        ResponseEntity<String> answer = submit("planner", PROBLEM, query);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("seconds");
        assertThat(rows("rosters")).isEqualTo(before);
    }

    @Test
    void aRosterIsBuiltFromTheStoredDemand() throws Exception {
        // Five of Esteban (one demand group: under 5 people a group is merged upward, never shown), in February 2005:
        // the week of 7 March 2005 plans on the month before it.
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        List<java.util.UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            ids.add(java.util.UUID.fromString(JSON.readTree(created.getBody()).get("id").asText()));
        }
        be.brussels.pan.service.support.Backdated.intoMonth(jdbc, ids, java.time.YearMonth.of(2005, 2));
        String week = "2005-W10";

        ResponseEntity<String> submitted = call("planner", HttpMethod.POST,
                "/api/v1/rosters/from-demand?seconds=1&week=" + week, null);

        assertThat(submitted.getStatusCode().value()).isEqualTo(202);
        String id = JSON.readTree(submitted.getBody()).get("id").asText();
        started.add(id);
        assertThat(submitted.getBody()).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"SOLVING\"}");
        assertThat(submitted.getHeaders().getLocation()).hasToString("/api/v1/rosters/" + id);
        assertThat(submitted.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode problem = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id + "/problem", null)
                .getBody());
        assertThat(problem.get("id").asText()).isEqualTo("demand-" + week);
        List<JsonNode> molenbeekArabic = new ArrayList<>();
        problem.get("sessions").forEach(s -> {
            if (s.get("commune").asText().equals("21012") && s.get("language").asText().equals("ar")
                    && s.get("targetGroup").asText().equals("JOB_SEEKERS")) {
                molenbeekArabic.add(s);
            }
        });
        assertThat(molenbeekArabic).isNotEmpty().allMatch(s -> s.get("kind").asText().equals("START_DIGITAL")
                && s.get("requiredSkills").toString().equals("[\"START_DIGITAL\"]"));
        assertThat(molenbeekArabic.stream().mapToInt(s -> s.get("participants").asInt()).sum()).isEqualTo(5);
        assertThat(problem.get("sessions")).allSatisfy(s -> assertThat(s.get("participants").asInt())
                .as("no session holds fewer people than the statistics show").isGreaterThanOrEqualTo(5));
        assertThat(problem.get("animators").get(0).get("name").asText()).contains("illustrative");
        assertThat(awaitDone(id).at("/score/hard").asLong()).isZero();
    }

    @Test
    void aWeekWhoseMonthHoldsFewerThanFiveDiagnosesHasNoDemandAndSaysItAsForNone() throws Exception {
        // Two diagnoses in January 2005 (the month of 2005-W06's demand); none in December 2004 (2005-W02's).
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        List<java.util.UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(java.util.UUID.fromString(JSON.readTree(call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                    esteban).getBody()).get("id").asText()));
        }
        be.brussels.pan.service.support.Backdated.intoMonth(jdbc, ids, java.time.YearMonth.of(2005, 1));
        long before = rows("rosters");

        JsonNode two = JSON.readTree(call("planner", HttpMethod.POST, "/api/v1/rosters/from-demand?week=2005-W06", null)
                .getBody());
        JsonNode none = JSON.readTree(call("planner", HttpMethod.POST, "/api/v1/rosters/from-demand?week=2005-W02", null)
                .getBody());

        assertThat(two.get("field").asText()).isEqualTo("week");
        assertThat(two.get("detail").asText()).isEqualTo("week: no demand to plan 2005-W06 from: the statistics of 2005-01"
                + " hold fewer than 5 diagnoses (or none)");
        assertThat(none.get("detail").asText().replace("2005-W02", "2005-W06").replace("2004-12", "2005-01"))
                .as("two diagnoses read as none").isEqualTo(two.get("detail").asText());
        assertThat(rows("rosters")).isEqualTo(before);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-W60", "2026-W00", "2026-49", "next", "", "1999-W10"})
    void anInvalidWeekIsA400NamingWeek(String week) throws Exception {
        ResponseEntity<String> answer = call("planner", HttpMethod.POST, "/api/v1/rosters/from-demand?week=" + week, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("week");
    }

    @Test
    void aMissingWeekIsSaidToBeRequired() throws Exception {
        ResponseEntity<String> answer = call("planner", HttpMethod.POST, "/api/v1/rosters/from-demand?seconds=1", null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.get("field").asText()).isEqualTo("week");
        assertThat(problem.get("detail").asText()).isEqualTo("week: is required: an ISO week like 2026-W49");
    }

    @Test
    void aProblemIdLongerThanItsColumnIsA400AndNothingIsStored() throws Exception {
        long before = rows("rosters");
        String longId = edit(p -> ((ObjectNode) p).put("id", "W".repeat(201)));

        ResponseEntity<String> answer = submit("planner", longId, "seconds=1");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("id");
        assertThat(rows("rosters")).isEqualTo(before);
    }

    @Test
    void unknownRostersAndRolesAreProblems() throws Exception {
        java.util.UUID nothing = java.util.UUID.randomUUID();
        assertThat(call("planner", HttpMethod.GET, "/api/v1/rosters/" + nothing, null).getBody()).isEqualTo(
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"roster " + nothing
                        + " not found\",\"instance\":\"/api/v1/rosters/" + nothing + "\"}");
        for (String path : List.of("/api/v1/rosters/" + java.util.UUID.randomUUID(),
                "/api/v1/rosters/" + java.util.UUID.randomUUID() + ".csv",
                "/api/v1/rosters/" + java.util.UUID.randomUUID() + "/animators/anim-001.ics")) {
            ResponseEntity<String> missing = call("planner", HttpMethod.GET, path, null);
            assertThat(missing.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(call("planner", HttpMethod.DELETE, "/api/v1/rosters/" + java.util.UUID.randomUUID(), null)
                .getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> counsellor = submit("counsellor", PROBLEM, "seconds=1");
        assertThat(counsellor.getStatusCode().value()).isEqualTo(403);
        assertThat(counsellor.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /**
     * A malformed roster id is bad input, a 400 naming {@code id} as for every id of the API (it was a 404 until
     * issue 11); a well-formed id that names nothing stays a 404 (above).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"GET /api/v1/rosters/not-an-id",
            "DELETE /api/v1/rosters/not-an-id", "GET /api/v1/rosters/not-an-id/problem", "GET /api/v1/rosters/not-an-id.csv",
            "GET /api/v1/rosters/not-an-id/animators/anim-001.ics", "GET /api/v1/rosters/1-2-3-4-5"})
    void aMalformedRosterIdIsA400NamingId(String call) {
        String[] methodAndPath = call.split(" ");
        String id = methodAndPath[1].replaceAll("^/api/v1/rosters/([^/.]*).*$", "$1");

        ResponseEntity<String> answer = call("planner", HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1], null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"id: '" + id + "' is not a roster id (a UUID)\",\"instance\":\"" + methodAndPath[1] + "\","
                + "\"field\":\"id\"}");
    }

    private ResponseEntity<String> submit(String user, String problem, String query) {
        ResponseEntity<String> answer = call(user, HttpMethod.POST, "/api/v1/rosters?" + query, problem);
        if (answer.getStatusCode().value() == 202) {
            try {
                started.add(JSON.readTree(answer.getBody()).get("id").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return answer;
    }

    /**
     * {@code GET /rosters/{id}} of a stored roster as the service writes it, built here from the row: the members
     * in this order, failure and solveMillis only when stored, nulls written, the stored solution compact.
     */
    private String storedState(String id) {
        return jdbc.sql("select status, problem_id, score_hard, score_medium, score_soft, solution_json, solve_millis,"
                        + " failure from rosters where id = ?")
                .param(java.util.UUID.fromString(id))
                .query((rs, n) -> {
                    StringBuilder state = new StringBuilder("{\"id\":\"" + id + "\"");
                    if (rs.getString(8) != null) {
                        state.append(",\"failure\":").append(quoted(rs.getString(8)));
                    }
                    if (rs.getObject(7) != null) {
                        state.append(",\"solveMillis\":").append(rs.getLong(7));
                    }
                    state.append(",\"status\":\"").append(rs.getString(1)).append("\",\"problemId\":")
                            .append(quoted(rs.getString(2))).append(",\"score\":");
                    state.append(rs.getObject(3) == null ? "null" : "{\"hard\":" + rs.getLong(3) + ",\"medium\":"
                            + rs.getLong(4) + ",\"soft\":" + rs.getLong(5) + "}");
                    state.append(",\"solution\":").append(rs.getString(6) == null ? "null" : compact(rs.getString(6)));
                    return state.append('}').toString();
                })
                .single();
    }

    /**
     * A roster being solved reads, byte for byte, {@code {id, status, problemId, score, solution}} with the best
     * solution so far compact in the contract's order and its score beside it.
     */
    private void assertLiveStateIsExact(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            String body = call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null).getBody();
            JsonNode state = JSON.readTree(body);
            assertThat(state.get("status").asText()).isEqualTo("SOLVING");
            if (!state.get("solution").isNull()) {
                String solution = compact(RosterJson.write(RosterJson.readSolution(state.get("solution").toString())));
                String score = JSON.writeValueAsString(JSON.readTree(solution).get("score"));
                assertThat(body).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"SOLVING\",\"problemId\":"
                        + "\"illustrative-10-seed7-feasible\",\"score\":" + score + ",\"solution\":" + solution + "}");
                return;
            }
            assertThat(body).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"SOLVING\",\"problemId\":"
                    + "\"illustrative-10-seed7-feasible\",\"score\":null,\"solution\":null}");
            assertThat(System.nanoTime()).as("roster %s has no solution yet", id).isLessThan(deadline);
            sleep(50);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode awaitDone(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            ResponseEntity<String> state = call("planner", HttpMethod.GET, "/api/v1/rosters/" + id, null);
            assertThat(state.getStatusCode().value()).isEqualTo(200);
            JsonNode body = JSON.readTree(state.getBody());
            if (!body.get("status").asText().equals("SOLVING")) {
                assertThat(body.get("status").asText()).isEqualTo("DONE");
                return body;
            }
            assertThat(System.nanoTime()).as("roster %s still solving", id).isLessThan(deadline);
            sleep(200);
        }
    }

    private static String edit(Consumer<JsonNode> change) {
        try {
            JsonNode tree = JSON.readTree(PROBLEM);
            change.accept(tree);
            return JSON.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compact(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
