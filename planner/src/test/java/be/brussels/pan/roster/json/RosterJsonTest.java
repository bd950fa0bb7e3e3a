package be.brussels.pan.roster.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import be.brussels.pan.roster.check.InvalidProblemException;

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
    void rejectsMalformedJsonAndTrailingGarbage() {
        assertThatThrownBy(() -> RosterJson.readProblem("{\"id\": ")).isInstanceOf(InvalidProblemException.class);
        assertThatThrownBy(() -> RosterJson.readProblem("{\"id\":\"x\"} []"))
                .isInstanceOf(InvalidProblemException.class);
        assertThatThrownBy(() -> RosterJson.readProblem("null")).isInstanceOf(InvalidProblemException.class);
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> RosterJson.readProblem("{\"id\":\"x\",\"id\":\"y\"}"))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("id");
    }
}
