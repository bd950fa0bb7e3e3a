package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.generator.Absence;
import be.brussels.pan.roster.json.ProblemJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Re-planning a published week over the API (issue 13): an animator is absent one day (the week's facts change, as
 * the registry will tell it), the re-plan keeps every locked session the absence allows, moves or drops the others
 * with the reasons, and its publication keeps each session's id.
 */
class ReplanApiTest extends PublishingSupport {

    /** The week's facts as the registry will give them: the stored ones, less the absences a test declares. */
    @TestConfiguration
    static class Absences {
        static final List<Absence.Of> NOW = new CopyOnWriteArrayList<>();

        @Bean
        @Primary
        WeekFacts absentAnimators() {
            return (week, published, onRegistry) -> {
                ProblemJson now = published;
                for (Absence.Of absence : NOW) {
                    now = Absence.apply(now, absence);
                }
                return WeekFacts.Facts.of(now);
            };
        }
    }

    @AfterEach
    void nobodyAbsent() {
        Absences.NOW.clear();
    }

    @Test
    void aReplanAfterAnAbsenceKeepsTheLockedSessionsItCanAndPublishingItKeepsTheirIds() {
        String published = solved("2026-W50");
        assertThat(publish("planner", published).getStatusCode().value()).isEqualTo(200);
        JsonNode before = sessions("planner", "week=2026-W50");
        Map<String, JsonNode> beforeById = new HashMap<>();
        before.forEach(s -> {
            beforeById.put(s.get("id").asText(), s);
            assertThat(call("planner", HttpMethod.POST, "/api/v1/sessions/" + s.get("id").asText() + "/lock", null)
                    .getStatusCode().value()).isEqualTo(200);
        });
        Absence.Of absence = busiest(before);
        Set<String> hit = new HashSet<>();
        before.forEach(s -> {
            if (absence.equals(absenceOf(s))) {
                hit.add(s.get("id").asText());
            }
        });
        Absences.NOW.add(absence);

        ResponseEntity<String> accepted = call("planner", HttpMethod.POST,
                "/api/v1/rosters/" + published + "/replan?seconds=2", null);

        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String replan = read(accepted.getBody()).get("id").asText();
        started.add(replan);
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/v1/rosters/" + replan);
        awaitDone(replan);
        JsonNode problem = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + replan + "/problem", null).getBody());
        assertThat(StreamSupport.stream(problem.get("sessions").spliterator(), false)
                .filter(s -> s.has("published")).count()).isEqualTo(before.size());
        assertThat(StreamSupport.stream(problem.get("sessions").spliterator(), false)
                .filter(s -> s.path("locked").asBoolean()).count()).isEqualTo(before.size());
        JsonNode listed = read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=2026-W50", null).getBody()).get(0);
        assertThat(listed.get("id").asText()).isEqualTo(replan);
        assertThat(listed.get("source").asText()).isEqualTo("REPLAN");
        assertThat(listed.get("replanOf").asText()).isEqualTo(published);
        assertThat(state(replan).at("/score/hard").asLong()).isZero();

        JsonNode changes = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + replan + "/changes", null).getBody());

        assertThat(changes.get("replanOf").asText()).isEqualTo(published);
        assertThat(changes.get("published").asBoolean()).isFalse();
        assertThat(changes.get("kept").asInt()).as("every locked session the absence does not touch is kept")
                .isEqualTo(before.size() - hit.size());
        assertThat(changes.get("moved").asInt() + changes.get("dropped").asInt()).isEqualTo(hit.size());
        Set<String> changed = new HashSet<>();
        for (JsonNode c : changes.get("changes")) {
            if (c.get("change").asText().equals("ADDED")) {
                assertThat(c.get("from").isNull()).isTrue();
                continue;
            }
            changed.add(c.get("publishedSession").asText());
            assertThat(c.get("change").asText()).isIn("MOVED", "DROPPED");
            assertThat(c.get("locked").asBoolean()).isTrue();
            assertThat(c.at("/from/animator").asText()).isEqualTo(absence.animator());
            assertThat(c.get("reasons").get(0).asText()).startsWith("H4: animator " + absence.animator()
                    + " is not available in ");
        }
        assertThat(changed).isEqualTo(hit);
        assertThat(changes.get("moved").asInt()).as("the week has another animator for some of them").isPositive();

        // The same re-plan again gives the same roster: solving is reproducible.
        String again = awaitDone(read(call("planner", HttpMethod.POST,
                "/api/v1/rosters/" + published + "/replan?seconds=2", null).getBody()).get("id").asText());
        started.add(again);
        assertThat(state(again).get("solution")).isEqualTo(state(replan).get("solution"));

        ResponseEntity<String> publication = publish("planner", replan);

        assertThat(publication.getStatusCode().value()).as(publication.getBody()).isEqualTo(200);
        JsonNode outcome = read(publication.getBody());
        assertThat(outcome.get("replaced").asText()).isEqualTo(published);
        assertThat(outcome.get("kept").asInt()).isEqualTo(changes.get("kept").asInt());
        assertThat(outcome.get("moved").asInt()).isEqualTo(changes.get("moved").asInt());
        assertThat(outcome.get("dropped").asInt()).isEqualTo(changes.get("dropped").asInt());
        assertThat(outcome.get("added").asInt()).isEqualTo(changes.get("added").asInt());

        JsonNode after = sessions("planner", "week=2026-W50");
        JsonNode afterForCounsellor = sessions("counsellor", "week=2026-W50");
        Map<String, JsonNode> afterById = new HashMap<>();
        after.forEach(s -> afterById.put(s.get("id").asText(), s));
        for (String id : beforeById.keySet()) {
            JsonNode was = beforeById.get(id);
            JsonNode is = afterById.get(id);
            if (!hit.contains(id)) {
                assertThat(is).as("kept session %s, same id", id).isNotNull();
                assertThat(is.get("start")).isEqualTo(was.get("start"));
                assertThat(is.get("venue")).isEqualTo(was.get("venue"));
                assertThat(is.get("animator")).isEqualTo(was.get("animator"));
                assertThat(is.get("lastChange").isNull()).isTrue();
                assertThat(is.get("locked").asBoolean()).isTrue();
            } else if (is != null) {
                assertThat(is.get("lastChange").asText()).isEqualTo("MOVED");
                assertThat(absenceOf(is)).as("not with the absent animator on that day").isNotEqualTo(absence);
                assertThat(is.get("changeReasons").get(0).asText()).startsWith("H4: animator " + absence.animator());
                assertThat(OffsetDateTime.parse(is.get("changedAt").asText())).isNotNull();
            } else {
                JsonNode dropped = read(call("planner", HttpMethod.GET, "/api/v1/sessions/" + id, null).getBody());
                assertThat(dropped.get("status").asText()).isEqualTo("DROPPED");
                assertThat(dropped.get("lastChange").asText()).isEqualTo("DROPPED");
                assertThat(dropped.get("changeReasons")).isNotEmpty();
            }
        }
        assertThat(StreamSupport.stream(afterForCounsellor.spliterator(), false))
                .allMatch(s -> !s.has("animator") && !s.has("changeReasons"))
                .anyMatch(s -> s.get("lastChange").asText().equals("MOVED"));
        assertThat(jdbc.sql("select count(*) from published_sessions where week = '2026-W50'").query(Long.class)
                .single()).as("nothing deleted").isEqualTo(before.size() + changes.get("added").asLong());
        JsonNode changesNow = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + replan + "/changes", null)
                .getBody());
        assertThat(changesNow.get("published").asBoolean()).isTrue();
        changesNow.get("changes").forEach(c -> assertThat(c.get("publishedSession").isNull()).isFalse());

        // The other re-plan of the roster replaced, the roster replaced itself: the week is the published re-plan's.
        ResponseEntity<String> stale = publish("planner", again);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(read(stale.getBody()).get("detail").asText()).startsWith("week 2026-W50 is published already"
                + " (roster " + replan + ")");
        ResponseEntity<String> replanOld = call("planner", HttpMethod.POST,
                "/api/v1/rosters/" + published + "/replan?seconds=1", null);
        assertThat(replanOld.getStatusCode().value()).isEqualTo(409);
        assertThat(read(replanOld.getBody()).get("detail").asText()).isEqualTo("roster " + published + " is not the"
                + " published roster of week 2026-W50 (roster " + replan + " is): re-plan that one");
    }

    @Test
    void onlyAPublishedRosterIsReplannedAndOnlyAReplanHasChanges() {
        String unpublished = solved("2026-W30");

        ResponseEntity<String> replan = call("planner", HttpMethod.POST,
                "/api/v1/rosters/" + unpublished + "/replan?seconds=1", null);
        ResponseEntity<String> changes = call("planner", HttpMethod.GET, "/api/v1/rosters/" + unpublished + "/changes",
                null);

        assertThat(replan.getStatusCode().value()).isEqualTo(409);
        assertThat(read(replan.getBody()).get("detail").asText()).isEqualTo("roster " + unpublished + " is not the"
                + " published roster of week 2026-W30: publish it first");
        assertThat(changes.getStatusCode().value()).isEqualTo(409);
        assertThat(read(changes.getBody()).get("detail").asText()).isEqualTo("roster " + unpublished
                + " is not a re-plan: its problem has no published session");
        assertThat(call("counsellor", HttpMethod.POST, "/api/v1/rosters/" + unpublished + "/replan", null)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(read(call("planner", HttpMethod.POST, "/api/v1/rosters/" + unpublished + "/replan?seconds=0", null)
                .getBody()).get("field").asText()).isEqualTo("seconds");
    }

    /** The animator and day with the most published sessions. */
    private static Absence.Of busiest(JsonNode sessions) {
        Map<Absence.Of, Long> counts = StreamSupport.stream(sessions.spliterator(), false)
                .collect(Collectors.groupingBy(ReplanApiTest::absenceOf, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static Absence.Of absenceOf(JsonNode session) {
        return new Absence.Of(session.at("/animator/id").asText(),
                Day.values()[OffsetDateTime.parse(session.get("start").asText()).getDayOfWeek().ordinal()]);
    }
}
