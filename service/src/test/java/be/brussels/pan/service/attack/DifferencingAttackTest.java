package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import be.brussels.pan.service.support.DisclosureAudit;
import be.brussels.pan.service.support.DisclosureAudit.Atom;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Attack row "differencing" of issue 15.
 *
 * <p><b>The attack.</b> {@code GET /api/v1/stats} for two days, then for the first day, and subtract: exactly 1 person
 * for Anderlecht. The single-day answer also listed which suppressed keys existed (level NONE, persona BENOIT, with
 * {@code count: null, suppressed: true}). And a roster problem built from the demand showed a session with
 * {@code "participants": 1} for a commune the statistics suppressed.
 *
 * <p><b>Before</b> (statistics 1.x): both ranges answered 200 and their difference was Anderlecht's 1; the hidden keys
 * were listed; the demand session held 1 participant.
 *
 * <p><b>Now</b> (statistics 2.0): date ranges are a 400 naming the parameter; the only period is an ended calendar
 * month, answered the same at every call; a hidden key is absent like an empty one; the demand planners get is the
 * month's protected groups (at least 5 people each, small cells merged upward). Everything two months and three
 * planned weeks publish, taken together, lets no count of 1 to 4 be worked out by adding and subtracting
 * ({@link DisclosureAudit}, with the day of each diagnosis as a dimension: the original attack is a day's count).
 */
class DifferencingAttackTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The NIS codes of the postcodes used. */
    private static final Map<String, String> COMMUNES = Map.of("1080", "21012", "1000", "21004", "1060", "21013",
            "1070", "21001");

    @Test
    void theTwoOverlappingRangesOfTheAttackAreRefused() {
        for (String query : List.of("from=2001-10-05&to=2001-10-06", "from=2001-10-05&to=2001-10-05")) {
            ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?" + query, null);

            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(answer.getBody()).contains("\"field\":\"from\"").doesNotContain("byCommune");
        }
    }

    @Test
    void nothingUnderFiveCanBeWorkedOutFromEverythingTwoMonthsAndTheirDemandPublish() throws Exception {
        List<Atom> population = new ArrayList<>();
        // October 2001: the attack's month. Anderlecht has 1 person (Benoit, level NONE), on the 6th.
        population.addAll(post("esteban", "1080", 4, "2001-10-05"));
        population.addAll(post("esteban", "1080", 3, "2001-10-06"));
        population.addAll(post("louis", "1000", 6, "2001-10-05"));
        population.addAll(post("noemie", "1060", 5, "2001-10-06"));
        population.addAll(post("benoit", "1070", 1, "2001-10-06"));
        // November 2001: Molenbeek again, and two in Anderlecht.
        population.addAll(post("esteban", "1080", 6, "2001-11-07"));
        population.addAll(post("benoit", "1070", 2, "2001-11-07"));

        // The examples' answers tie persona, level, channel and target groups together: the attacker is taken to know
        // it (only the combinations seen are unknowns, which makes the audit stricter and fast).
        Set<List<Object>> profiles = new java.util.HashSet<>();
        population.forEach(p -> profiles.add(profile(p)));
        DisclosureAudit audit = new DisclosureAudit(domains(population), groupLists(population), 5,
                a -> profiles.contains(profile(a)));
        for (String month : List.of("2001-10", "2001-11")) {
            String body = call("planner", HttpMethod.GET, "/api/v1/stats?month=" + month, null).getBody();
            assertThat(call("admin", HttpMethod.GET, "/api/v1/stats?month=" + month, null).getBody())
                    .as("the same at every call").isEqualTo(body);
            // The keys that only Anderlecht's few have are absent, not listed as suppressed.
            assertThat(body).doesNotContain("21001").doesNotContain("BENOIT").doesNotContain("\"NONE\"")
                    .doesNotContain("suppressed");
            publishStatistics(audit, JSON.readTree(body));
        }
        // Weeks 45 and 46 plan on October, week 49 on November: two weeks on the same month get the same demand.
        Map<String, JsonNode> problems = new TreeMap<>();
        for (String week : List.of("2001-W45", "2001-W46", "2001-W49")) {
            ResponseEntity<String> accepted = call("planner", HttpMethod.POST, "/api/v1/rosters/from-demand?seconds=1&week="
                    + week, null);
            assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
            String id = JSON.readTree(accepted.getBody()).get("id").asText();
            problems.put(week, JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/rosters/" + id + "/problem", null)
                    .getBody()));
            call("planner", HttpMethod.DELETE, "/api/v1/rosters/" + id, null); // its problem is all this test needs
        }
        assertThat(problems.get("2001-W46").get("sessions")).isEqualTo(problems.get("2001-W45").get("sessions"));
        for (JsonNode problem : problems.values()) {
            for (JsonNode session : problem.get("sessions")) {
                assertThat(session.get("participants").asInt()).as(session.toString()).isGreaterThanOrEqualTo(5);
                assertThat(session.get("commune").asText()).as("Anderlecht's few are planned Region-wide")
                        .isNotEqualTo("21001");
            }
        }
        publishDemand(audit, problems.get("2001-W45").get("sessions"), population, "2001-10");
        publishDemand(audit, problems.get("2001-W49").get("sessions"), population, "2001-11");

        assertThat(audit.mismatches(population)).as("the audit counts what the service published").isEmpty();
        List<String> leaks = audit.leaks(population, false, 2);
        assertThat(leaks).as("counts under 5 worked out by adding and subtracting").isEmpty();
    }

    /** Posts an example request from a postcode, moves it to a day, and returns what each person is to the tables. */
    private List<Atom> post(String example, String postcode, int count, String day) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests", example + ".json")));
        ((ObjectNode) request.get("profile")).put("postcode", postcode);
        List<Atom> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", request.toString());
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            JsonNode response = JSON.readTree(created.getBody());
            jdbc.sql("update diagnoses set created_at = ? where id = ?")
                    .params(OffsetDateTime.parse(day + "T10:00:00+02:00"), UUID.fromString(response.get("id").asText()))
                    .update();
            List<String> groups = new ArrayList<>();
            response.get("targetGroups").forEach(g -> groups.add(g.asText()));
            JsonNode languages = request.at("/profile/languages");
            people.add(new Atom(Map.of("commune", COMMUNES.get(postcode), "persona", response.at("/persona/code").asText(),
                    "level", response.at("/fragility/level").asText(), "channel", request.get("channel").asText(),
                    "language", languages.isMissingNode() || languages.isEmpty() ? "fr" : languages.get(0).asText(),
                    "day", day), groups));
        }
        return people;
    }

    /** Each attribute's values among the people (a smaller domain than the attacker's: a stricter audit). */
    private static LinkedHashMap<String, List<String>> domains(List<Atom> people) {
        LinkedHashMap<String, List<String>> domains = new LinkedHashMap<>();
        for (String attribute : List.of("commune", "persona", "level", "channel", "language", "day")) {
            Set<String> values = new TreeSet<>();
            people.forEach(p -> values.add(p.get(attribute)));
            domains.put(attribute, new ArrayList<>(values));
        }
        return domains;
    }

    private static List<List<String>> groupLists(List<Atom> people) {
        return people.stream().map(Atom::groups).distinct().toList();
    }

    private static List<Object> profile(Atom a) {
        return List.of(a.get("persona"), a.get("level"), a.get("channel"), a.groups());
    }

    private static boolean inMonth(Atom a, String month) {
        return a.get("day").startsWith(month);
    }

    private static void publishStatistics(DisclosureAudit audit, JsonNode s) {
        String month = s.get("month").asText();
        if (!s.get("total").isNull()) {
            audit.publish(month + " total", a -> inMonth(a, month), s.get("total").asLong());
        }
        for (String[] table : new String[][] {{"byCommune", "commune"}, {"byPersona", "persona"}, {"byLevel", "level"},
                {"byChannel", "channel"}}) {
            s.get(table[0]).forEach(c -> audit.publish(month + " " + table[1] + " " + c.get("key").asText(),
                    a -> inMonth(a, month) && c.get("key").asText().equals(a.get(table[1])), c.get("count").asLong()));
        }
        s.get("byTargetGroup").forEach(c -> audit.publish(month + " group " + c.get("key").asText(),
                a -> inMonth(a, month) && a.groups().contains(c.get("key").asText()), c.get("count").asLong()));
        s.get("levelByCommune").forEach(c -> audit.publish(month + " " + c,
                a -> inMonth(a, month) && c.get("commune").asText().equals(a.get("commune"))
                        && c.get("level").asText().equals(a.get("level")), c.get("count").asLong()));
        s.get("levelByTargetGroup").forEach(c -> audit.publish(month + " " + c,
                a -> inMonth(a, month) && a.groups().contains(c.get("targetGroup").asText())
                        && c.get("level").asText().equals(a.get("level")), c.get("count").asLong()));
    }

    /**
     * A month's demand as the sessions show it: the participants of each (commune, group, language), and the people
     * each counts (a commune without sessions of its own is in the Region-wide group, a first group without sessions
     * of its commune in the commune's general one; the audit then checks the counts match).
     */
    private static void publishDemand(DisclosureAudit audit, JsonNode sessions, List<Atom> population, String month) {
        Map<List<String>, Long> groups = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        sessions.forEach(s -> groups.merge(List.of(s.get("commune").asText(), s.get("targetGroup").asText(),
                s.get("language").asText()), s.get("participants").asLong(), Long::sum));
        groups.forEach((key, participants) -> audit.publish(month + " demand " + key,
                a -> inMonth(a, month) && key.equals(demandGroup(a, groups.keySet())), participants));
    }

    private static List<String> demandGroup(Atom a, Set<List<String>> groups) {
        String commune = groups.stream().anyMatch(g -> g.get(0).equals(a.get("commune"))) ? a.get("commune") : "21000";
        String first = a.firstGroup();
        String group = groups.stream().anyMatch(g -> g.get(0).equals(commune) && g.get(1).equals(first)) ? first : "GENERAL";
        List<List<String>> labels = groups.stream().filter(g -> g.get(0).equals(commune) && g.get(1).equals(group)).toList();
        String language = labels.stream().anyMatch(g -> g.get(2).equals(a.get("language"))) || labels.size() != 1
                ? a.get("language") : labels.get(0).get(2);
        return List.of(commune, group, language);
    }
}
