package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Publishing and re-planning on the registry (issue 13): a week built from demand on the illustrative registry is
 * published with the venues' addresses and labelled illustrative; an animator a planner marks absent in the registry
 * on one day is unavailable in the re-plan, which keeps every other locked session and moves or drops theirs.
 */
class RegistryReplanApiTest extends PublishingSupport {

    @Test
    void anAbsenceEnteredInTheRegistryIsWhatTheReplanPlansAround() throws Exception {
        // A week of its own (three weeks ahead: its demand is the latest ended month's, into which five diagnoses are
        // moved; fewer than 5 would be merged upward and never shown).
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Brussels")).plusWeeks(3);
        String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        java.util.List<java.util.UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            ids.add(java.util.UUID.fromString(read(created.getBody()).get("id").asText()));
        }
        be.brussels.pan.service.support.Backdated.intoMonth(jdbc, ids, be.brussels.pan.service.support.Backdated.lastEndedMonth());
        // One venue of the registry gets an address: the problem carries it (contract 1.1) to the published session.
        JsonNode venue = read(call("planner", HttpMethod.GET, "/api/v1/registry/venues/epn-12", null).getBody());
        ((ObjectNode) venue).put("address", "Rue de l'Exemple 1, 1080 Molenbeek-Saint-Jean");
        assertThat(call("planner", HttpMethod.PUT, "/api/v1/registry/venues/epn-12", venue.toString())
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> accepted = call("planner", HttpMethod.POST,
                "/api/v1/rosters/from-demand?seconds=2&week=" + week, null);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String roster = read(accepted.getBody()).get("id").asText();
        started.add(roster);
        awaitDone(roster);
        JsonNode problem = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + "/problem", null)
                .getBody());
        assertThat(StreamSupport.stream(problem.get("venues").spliterator(), false)
                .filter(v -> v.get("id").asText().equals("epn-12")).findFirst().orElseThrow().get("address").asText())
                .isEqualTo("Rue de l'Exemple 1, 1080 Molenbeek-Saint-Jean");
        JsonNode listed = read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=" + week, null).getBody()).get(0);
        assertThat(listed.get("illustrative").asBoolean()).as("planned on the illustrative registry").isTrue();

        assertThat(publish("planner", roster).getStatusCode().value()).isEqualTo(200);
        JsonNode before = sessions("planner", "week=" + week);
        assertThat(before).isNotEmpty();
        for (JsonNode s : before) {
            assertThat(s.get("illustrative").asBoolean()).isTrue();
            assertThat(s.at("/venue/address").isNull())
                    .isEqualTo(!s.at("/venue/id").asText().equals("epn-12"));
            assertThat(call("planner", HttpMethod.POST, "/api/v1/sessions/" + s.get("id").asText() + "/lock", null)
                    .getStatusCode().value()).isEqualTo(200);
        }
        assertThat(sessions("counsellor", "week=" + week)).allMatch(s -> s.get("illustrative").asBoolean());

        // The animator of the first session is absent on its day, entered in the registry.
        JsonNode first = before.get(0);
        String animator = first.at("/animator/id").asText();
        LocalDate day = OffsetDateTime.parse(first.get("start").asText()).toLocalDate();
        Set<String> hit = new HashSet<>();
        before.forEach(s -> {
            if (s.at("/animator/id").asText().equals(animator)
                    && OffsetDateTime.parse(s.get("start").asText()).toLocalDate().equals(day)) {
                hit.add(s.get("id").asText());
            }
        });
        ObjectNode entry = (ObjectNode) read(call("planner", HttpMethod.GET, "/api/v1/registry/animators/" + animator,
                null).getBody());
        entry.putArray("absences").addObject().put("from", day.toString()).put("to", day.toString());
        ResponseEntity<String> updated = call("planner", HttpMethod.PUT, "/api/v1/registry/animators/" + animator,
                entry.toString());
        assertThat(updated.getStatusCode().value()).as(updated.getBody()).isEqualTo(200);

        ResponseEntity<String> replanned = call("planner", HttpMethod.POST,
                "/api/v1/rosters/" + roster + "/replan?seconds=2", null);
        assertThat(replanned.getStatusCode().value()).as(replanned.getBody()).isEqualTo(202);
        String replan = read(replanned.getBody()).get("id").asText();
        started.add(replan);
        awaitDone(replan);

        // The re-plan's facts are the registry's now: the animator is not available that day.
        JsonNode replanProblem = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + replan + "/problem", null)
                .getBody());
        Map<String, String> dayOfSlot = new HashMap<>();
        replanProblem.get("timeslots").forEach(t -> dayOfSlot.put(t.get("id").asText(), t.get("day").asText()));
        JsonNode absent = StreamSupport.stream(replanProblem.get("animators").spliterator(), false)
                .filter(a -> a.get("id").asText().equals(animator)).findFirst().orElseThrow();
        assertThat(StreamSupport.stream(absent.get("available").spliterator(), false)
                .map(slot -> dayOfSlot.get(slot.asText()))).doesNotContain(day.getDayOfWeek().name());
        assertThat(state(replan).at("/score/hard").asLong()).isZero();
        JsonNode replanListed = read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=" + week, null).getBody())
                .get(0);
        assertThat(replanListed.get("illustrative").asBoolean()).isTrue();

        JsonNode changes = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + replan + "/changes", null)
                .getBody());
        assertThat(changes.get("kept").asInt()).as("every locked session the absence does not touch is kept")
                .isEqualTo(before.size() - hit.size());
        Set<String> changed = new HashSet<>();
        for (JsonNode c : changes.get("changes")) {
            if (!c.get("change").asText().equals("ADDED")) {
                changed.add(c.get("publishedSession").asText());
                assertThat(c.get("reasons").get(0).asText()).startsWith("H4: animator " + animator);
            }
        }
        assertThat(changed).isEqualTo(hit);

        assertThat(publish("planner", replan).getStatusCode().value()).isEqualTo(200);
        for (JsonNode s : sessions("planner", "week=" + week)) {
            assertThat(List.of(s.at("/animator/id").asText(), OffsetDateTime.parse(s.get("start").asText())
                    .toLocalDate())).as("nobody works on a day of absence").isNotEqualTo(List.of(animator, day));
            assertThat(s.get("illustrative").asBoolean()).isTrue();
        }
    }
}
