package be.brussels.pan.roster.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.solver.ProblemMapper;

class RosterJsonTest {

    @Test
    void readsTheContractExampleFieldByField() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            ProblemJson p = RosterJson.readProblem(in);
            assertThat(p.id()).isEqualTo("brussels-2026-W49");
            assertThat(p.venues().get(1).rooms()).isNull(); // absent: defaults to 1 when mapped
            assertThat(p.sessions().get(1).pinned().kit()).isEqualTo("kit-01");
            assertThat(ProblemMapper.toRoster(p).getVenues().get(1).getRooms()).isEqualTo(1);
        }
    }

    @Test
    void writesSolutionFieldsAsInTheContract() {
        SolutionJson s = new SolutionJson("p", new SolutionJson.ScoreJson(0, -2, -1840),
                java.util.List.of(new AssignmentJson("s-001", "MON-AM", "epn-sks", "anim-01", null)),
                java.util.List.of(new SolutionJson.UnassignedJson("s-077", java.util.List.of("why"))));
        String json = RosterJson.write(s).replaceAll("\\s", "");
        assertThat(json).isEqualTo("{\"problemId\":\"p\",\"score\":{\"hard\":0,\"medium\":-2,\"soft\":-1840},"
                + "\"assignments\":[{\"session\":\"s-001\",\"timeslot\":\"MON-AM\",\"venue\":\"epn-sks\","
                + "\"animator\":\"anim-01\",\"kit\":null}],"
                + "\"unassigned\":[{\"session\":\"s-077\",\"reasons\":[\"why\"]}]}");
    }

    @Test
    void aSolutionNeedsItsListsAndEveryUnassignedSessionItsReasons() {
        String a = "{\"session\":\"s-1\",\"timeslot\":\"T\",\"venue\":\"V\",\"animator\":\"A\",\"kit\":null}";
        String u = "{\"session\":\"s-2\",\"reasons\":[\"why\"]}";
        assertRefused("{\"problemId\":\"p\",\"unassigned\":[]}", "assignments");
        assertRefused("{\"problemId\":\"p\",\"assignments\":null,\"unassigned\":[]}", "assignments");
        assertRefused("{\"problemId\":\"p\",\"assignments\":[]}", "unassigned");
        assertRefused("{\"problemId\":\"p\",\"assignments\":[" + a + ",null],\"unassigned\":[]}", "assignments[1]");
        assertRefused("{\"problemId\":\"p\",\"assignments\":[],\"unassigned\":[" + u + ",null]}", "unassigned[1]");
        assertRefused("{\"problemId\":\"p\",\"assignments\":[],\"unassigned\":[{\"session\":\"s-2\"}]}",
                "unassigned[0].reasons");
        assertRefused("{\"problemId\":\"p\",\"assignments\":[],"
                + "\"unassigned\":[{\"session\":\"s-2\",\"reasons\":null}]}", "unassigned[0].reasons");

        // Still readable: empty lists, a null kit (the contract's "kit set or null") and a null score (what
        // SolutionMapper writes for a roster not scored yet).
        SolutionJson ok = RosterJson.readSolution("{\"problemId\":\"p\",\"score\":null,\"assignments\":[" + a
                + "],\"unassigned\":[" + u + "]}");
        assertThat(ok.assignments()).singleElement().extracting(AssignmentJson::kit).isNull();
        assertThat(RosterJson.readSolution("{\"problemId\":\"p\",\"assignments\":[],\"unassigned\":[]}")
                .score()).isNull();
    }

    private static void assertRefused(String solution, String where) {
        assertThatThrownBy(() -> RosterJson.readSolution(solution)).isInstanceOfSatisfying(
                InvalidProblemException.class, e -> {
                    assertThat(e.where()).isEqualTo(where);
                    assertThat(e).hasMessage(where + ": missing or null");
                });
    }

    @Test
    void aVersion1ProblemIsWrittenWithoutTheReplanningFields() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            ProblemJson p = RosterJson.readProblem(in);
            String json = RosterJson.write(p);
            assertThat(json).doesNotContain("published").doesNotContain("locked").doesNotContain("address");
            assertThat(RosterJson.readProblem(json)).isEqualTo(p);
        }
    }

    @Test
    void theReplanningFieldsOfVersion1Point1RoundTrip() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            ProblemJson p = RosterJson.readProblem(in);
            java.util.List<ProblemJson.SessionJson> sessions = new java.util.ArrayList<>(p.sessions());
            sessions.set(0, sessions.get(0).withPublished(
                    new AssignmentJson(null, "MON-AM", "epn-sks", "anim-01", null), true));
            java.util.List<ProblemJson.VenueJson> venues = new java.util.ArrayList<>(p.venues());
            ProblemJson.VenueJson v = venues.get(0);
            venues.set(0, new ProblemJson.VenueJson(v.id(), v.name(), v.kind(), v.commune(), v.seats(), v.rooms(),
                    v.accessible(), v.startDigital(), v.open(), "Rue de Liverpool 7, 1080 Molenbeek-Saint-Jean"));
            ProblemJson published = new ProblemJson(p.id(), p.communes(), p.timeslots(), venues, p.animators(),
                    p.kits(), sessions);
            ProblemJson read = RosterJson.readProblem(RosterJson.write(published));
            assertThat(read).isEqualTo(published);
            assertThat(read.sessions().get(0).hasLock()).isTrue();
            assertThat(read.sessions().get(1).hasLock()).isFalse();
            assertThat(read.venues().get(0).address()).isEqualTo("Rue de Liverpool 7, 1080 Molenbeek-Saint-Jean");
            assertThat(read.venues().get(1).address()).isNull();
        }
        SolutionJson.ChangeJson moved = new SolutionJson.ChangeJson("s-001", SolutionJson.Change.MOVED, true,
                new AssignmentJson("s-001", "MON-AM", "epn-sks", "anim-01", null),
                new AssignmentJson("s-001", "MON-PM", "epn-sks", "anim-01", null), java.util.List.of("H4: …"));
        SolutionJson solution = new SolutionJson("p", null,
                java.util.List.of(new AssignmentJson("s-001", "MON-PM", "epn-sks", "anim-01", null)),
                java.util.List.of(), java.util.List.of(moved));
        String json = RosterJson.write(solution);
        assertThat(json.replaceAll("\\s", "")).contains("\"changes\":[{\"session\":\"s-001\",\"change\":\"MOVED\","
                + "\"locked\":true,\"from\":{");
        assertThat(RosterJson.readSolution(json)).isEqualTo(solution);
        assertThatThrownBy(() -> RosterJson.readSolution("{\"problemId\":\"p\",\"assignments\":[],\"unassigned\":[],"
                + "\"changes\":[null]}")).isInstanceOfSatisfying(InvalidProblemException.class,
                        e -> assertThat(e.where()).isEqualTo("changes[0]"));
        assertThatThrownBy(() -> RosterJson.readSolution("{\"problemId\":\"p\",\"assignments\":[],\"unassigned\":[],"
                + "\"changes\":[{\"session\":\"s\",\"change\":\"MOVED_AWAY\",\"locked\":false,\"reasons\":[]}]}"))
                .isInstanceOfSatisfying(InvalidProblemException.class,
                        e -> assertThat(e.where()).isEqualTo("changes[0].change"));
    }

    @Test
    void rejectsMalformedJsonAndTrailingGarbage() {
        assertThatThrownBy(() -> RosterJson.readProblem("{\"id\": ")).isInstanceOf(InvalidProblemException.class);
        assertThatThrownBy(() -> RosterJson.readProblem("{\"id\":\"x\"} []"))
                .isInstanceOf(InvalidProblemException.class);
        assertThatThrownBy(() -> RosterJson.readProblem("null")).isInstanceOf(InvalidProblemException.class);
    }

    @Test
    void numbersAndBooleansAreNotAcceptedWhereTheContractHasText() throws Exception {
        // They used to be read as the text "5", "21009", "true", "12.5".
        String problem;
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            problem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String[][] cases = {
                {"\"id\": \"s-001\"", "\"id\": 5", "sessions[0].id"},
                {"\"commune\": \"21012\", \"mobile\"", "\"commune\": 21012, \"mobile\"", "sessions[0].commune"},
                {"\"targetGroup\": \"JOB_SEEKERS\"", "\"targetGroup\": true", "sessions[0].targetGroup"},
                {"\"name\": \"Anim 1\"", "\"name\": 12.5", "animators[0].name"},
                {"\"code\": \"21012\"", "\"code\": 21012", "communes[0].code"},
                {"\"open\": [\"MON-AM\", \"MON-PM\"]", "\"open\": [\"MON-AM\", 7]", "venues[0].open[1]"},
                {"\"languages\": [\"fr\", \"ar\"]", "\"languages\": [\"fr\", false]", "animators[0].languages[1]"},
                {"\"kit\": \"kit-01\"", "\"kit\": 1", "sessions[1].pinned.kit"}};
        for (String[] c : cases) {
            assertThat(problem).contains(c[0]);
            String bad = problem.replaceFirst(java.util.regex.Pattern.quote(c[0]), java.util.regex.Matcher.quoteReplacement(c[1]));
            assertThatThrownBy(() -> RosterJson.readProblem(bad)).as(c[1]).isInstanceOfSatisfying(
                    InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo(c[2]));
        }
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"id\": \"s-001\"", "\"id\": 5")))
                .hasMessage("sessions[0].id: must be a string, not 5");
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"targetGroup\": \"JOB_SEEKERS\"", "\"targetGroup\": true")))
                .hasMessage("sessions[0].targetGroup: must be a string, not true");
        assertThatThrownBy(() -> RosterJson.readSolution("{\"problemId\":7,\"assignments\":[],\"unassigned\":[]}"))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo("problemId"));
        assertThatThrownBy(() -> RosterJson.readSolution("{\"problemId\":\"p\",\"assignments\":[],"
                + "\"unassigned\":[{\"session\":\"s\",\"reasons\":[1]}]}")).isInstanceOfSatisfying(
                InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo("unassigned[0].reasons[0]"));
        // Booleans and numbers keep their own strictness: no "true" for true, no 1 for true.
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"accessible\": true", "\"accessible\": 1")))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo("venues[0].accessible"));
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"accessible\": true", "\"accessible\": \"true\"")))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo("venues[0].accessible"));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> RosterJson.readProblem("{\"id\":\"x\",\"id\":\"y\"}"))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("id");
    }

    @Test
    void errorsNameTheFieldInTheContractsWordsNotJacksons() throws Exception {
        String problem = RosterJson.write(RosterJson.readProblem(getClass().getResourceAsStream("/be/brussels/pan/roster/small-problem.json")));
        // A duplicate key used to be "$: Duplicate field 'id'".
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"id\" : \"s-001\"", "\"id\" : \"s-001\", \"id\" : \"s-009\"")))
                .hasMessage("sessions[0].id: is given twice");
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"id\" : \"s-001\"", "\"id\" : \"s-001\", \"colour\" : \"red\"")))
                .hasMessage("sessions[0].colour: unknown field 'colour'");
        assertThatThrownBy(() -> RosterJson.readProblem(problem.replaceFirst("\"kind\" : \"[A-Z_]+\"", "\"kind\" : \"DANCE\"")))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.getMessage())
                        .contains("unknown value 'DANCE', expected one of [").doesNotContain("be.brussels"));
    }

    @Test
    void wrongShapesAreToldInWordsNotJavaClasses() {
        for (String[] c : new String[][] {{"[]", "$", "wrong type: expected an object"}, {"1", "$", "wrong type: expected an object"},
                {"{\"communes\":{}}", "communes", "wrong type: expected a list"}, {"{\"id\":\"x\"} {}", "$", "unexpected content after the JSON document"}}) {
            assertThatThrownBy(() -> RosterJson.readProblem(c[0])).as(c[0]).isInstanceOfSatisfying(InvalidProblemException.class, e -> {
                assertThat(e.where()).isEqualTo(c[1]);
                assertThat(e.getMessage()).isEqualTo(c[1] + ": " + c[2]);
            });
        }
    }
}
