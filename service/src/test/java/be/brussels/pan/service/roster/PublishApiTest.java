package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Rosters listed and published; published sessions read, filtered, locked and unlocked (issue 13). */
class PublishApiTest extends PublishingSupport {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** How the API writes a session's start and end: with seconds, as 2026-11-30T09:00:00+01:00. */
    private static final java.time.format.DateTimeFormatter ISO =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @Test
    void aDoneRosterIsListedThenPublishedAsDatedSessionsWithSeats() {
        String id = solved("2026-W49");
        JsonNode done = state(id);

        JsonNode listed = only(read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=2026-W49", null).getBody()), id);
        assertThat(listed.get("week").asText()).isEqualTo("2026-W49");
        assertThat(listed.get("status").asText()).isEqualTo("DONE");
        assertThat(listed.get("source").asText()).isEqualTo("PROBLEM");
        assertThat(listed.at("/sessions/total").asInt()).isEqualTo(PROBLEM.sessions().size());
        assertThat(listed.at("/sessions/placed").asInt()).isEqualTo(done.at("/solution/assignments").size());
        assertThat(listed.get("score")).isEqualTo(done.get("score"));
        assertThat(listed.get("published").asBoolean()).isFalse();
        assertThat(listed.get("publishedAt").isNull()).isTrue();
        assertThat(listed.get("replanOf").isNull()).isTrue();
        assertThat(OffsetDateTime.parse(listed.get("createdAt").asText())).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=2026-W50", null).getBody())).isEmpty();

        ResponseEntity<String> published = publish("planner", id);

        assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
        JsonNode publication = read(published.getBody());
        int placed = done.at("/solution/assignments").size();
        assertThat(publication.get("roster").asText()).isEqualTo(id);
        assertThat(publication.get("week").asText()).isEqualTo("2026-W49");
        assertThat(publication.get("replaced").isNull()).isTrue();
        assertThat(publication.get("sessions").asInt()).isEqualTo(placed);
        JsonNode nowListed = only(read(call("admin", HttpMethod.GET, "/api/v1/rosters", null).getBody()), id);
        assertThat(nowListed.get("published").asBoolean()).isTrue();
        assertThat(nowListed.get("publishedAt").asText()).isEqualTo(publication.get("publishedAt").asText());

        JsonNode seen = sessions("counsellor", "week=2026-W49");
        assertThat(seen).hasSize(placed);
        Map<String, SessionJson> sessions = byId(PROBLEM.sessions(), SessionJson::id);
        Map<String, TimeslotJson> slots = byId(PROBLEM.timeslots(), TimeslotJson::id);
        Map<String, VenueJson> venues = byId(PROBLEM.venues(), VenueJson::id);
        Map<String, ProblemJson.KitJson> kits = byId(PROBLEM.kits(), ProblemJson.KitJson::id);
        JsonNode planned = sessions("planner", "week=2026-W49");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < placed; i++) {
            JsonNode counsellorView = seen.get(i);
            JsonNode plannerView = planned.get(i);
            assertThat(counsellorView.has("animator")).as("no animator for a counsellor").isFalse();
            assertThat(counsellorView.has("changeReasons")).isFalse();
            assertThat(counsellorView.has("session")).as("the roster problem's session: planners only").isFalse();
            assertThat(plannerView.get("id")).isEqualTo(counsellorView.get("id"));
            ids.add(plannerView.get("id").asText());
            JsonNode assignment = assignmentAt(done, plannerView);
            SessionJson s = sessions.get(assignment.get("session").asText());
            assertThat(plannerView.get("session").asText()).isEqualTo(assignment.get("session").asText());
            TimeslotJson slot = slots.get(assignment.get("timeslot").asText());
            VenueJson venue = venues.get(assignment.get("venue").asText());
            assertThat(plannerView.get("kind").asText()).isEqualTo(s.kind().name());
            assertThat(plannerView.get("language").asText()).isEqualTo(s.language());
            assertThat(plannerView.get("targetGroup").asText()).isEqualTo(s.targetGroup());
            assertThat(plannerView.get("commune").asText()).isEqualTo(venue.commune());
            assertThat(plannerView.at("/venue/id").asText()).isEqualTo(venue.id());
            assertThat(plannerView.at("/venue/name").asText()).isEqualTo(venue.name());
            assertThat(plannerView.at("/animator/id").asText()).isEqualTo(assignment.get("animator").asText());
            assertThat(plannerView.at("/animator/name").asText()).isNotBlank();
            LocalDate day = LocalDate.of(2026, 11, 30).plusDays(slot.day().ordinal()); // 2026-W49 starts Mon 30 Nov
            assertThat(plannerView.get("start").asText()).isEqualTo(
                    day.atTime(LocalTime.parse(slot.start())).atZone(BRUSSELS).toOffsetDateTime().format(ISO));
            assertThat(plannerView.get("start").asText()).endsWith("+01:00");
            assertThat(plannerView.get("end").asText()).isEqualTo(
                    day.atTime(LocalTime.parse(slot.end())).atZone(BRUSSELS).toOffsetDateTime().format(ISO));
            long capacity = venue.seats() + (assignment.get("kit").isNull() ? 0
                    : kits.get(assignment.get("kit").asText()).devices());
            assertThat(plannerView.get("seats").asLong()).isEqualTo(Math.min(s.participants(), capacity));
            assertThat(plannerView.get("freeSeats").asInt()).isEqualTo(plannerView.get("seats").asInt());
            assertThat(plannerView.get("locked").asBoolean()).isFalse();
            assertThat(plannerView.get("status").asText()).isEqualTo("PUBLISHED");
            assertThat(plannerView.get("lastChange").isNull()).isTrue();
        }
        assertThat(ids).hasSize(placed);
        assertThat(jdbc.sql("select count(*) from published_sessions where week = '2026-W49'").query(Long.class)
                .single()).isEqualTo(placed);
    }

    @Test
    void aRosterThatIsNotDoneIsNotPublishedAndTheStatusIsNamed() {
        UUID failed = UUID.randomUUID();
        jdbc.sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,"
                        + " week, failure) values (?, ?, 'planner', 'PROBLEM', 30, 'FAILED', 'p', ?, '2026-W40', 'X')")
                .params(failed, OffsetDateTime.now(), PROBLEM_JSON).update();
        String solving = submitted(PROBLEM_JSON, "seconds=120&week=2026-W41");

        ResponseEntity<String> notDone = publish("planner", failed.toString());
        ResponseEntity<String> running = publish("admin", solving);

        assertThat(notDone.getStatusCode().value()).isEqualTo(409);
        assertThat(notDone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(notDone.getBody()).get("detail").asText())
                .isEqualTo("roster " + failed + " is FAILED: only a DONE roster can be published");
        assertThat(running.getStatusCode().value()).isEqualTo(409);
        assertThat(read(running.getBody()).get("detail").asText()).contains("is SOLVING");
        assertThat(jdbc.sql("select count(*) from published_weeks where week in ('2026-W40', '2026-W41')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWeekIsPublishedOnceAndASecondRosterIsRefusedNamingTheWeek() {
        String first = solved("2026-W45");
        String second = solved("2026-W45");
        assertThat(publish("planner", first).getStatusCode().value()).isEqualTo(200);
        long sessions = rows("published_sessions");

        ResponseEntity<String> again = publish("planner", second);
        ResponseEntity<String> twice = publish("planner", first);

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(read(again.getBody()).get("detail").asText()).isEqualTo("week 2026-W45 is published already (roster "
                + first + "): publish a re-plan of it (POST /api/v1/rosters/" + first + "/replan)");
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(read(twice.getBody()).get("detail").asText())
                .isEqualTo("roster " + first + " is already the published roster of week 2026-W45");
        assertThat(rows("published_sessions")).isEqualTo(sessions);
        JsonNode listed = read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=2026-W45", null).getBody());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asText()).as("newest first").isEqualTo(second);
        assertThat(listed.get(0).get("published").asBoolean()).isFalse();
        assertThat(listed.get(1).get("published").asBoolean()).isTrue();
    }

    @Test
    void aRosterWithoutAWeekCannotBePublishedAndOnlyPlannersPublish() {
        String id = awaitDone(submitted(PROBLEM_JSON, "seconds=1"));
        assertThat(state(id).get("status").asText()).isEqualTo("DONE");

        ResponseEntity<String> noWeek = publish("planner", id);
        ResponseEntity<String> counsellor = publish("counsellor", id);

        assertThat(noWeek.getStatusCode().value()).isEqualTo(409);
        assertThat(read(noWeek.getBody()).get("detail").asText()).startsWith("roster " + id + " has no week");
        assertThat(counsellor.getStatusCode().value()).isEqualTo(403);
        assertThat(publish("planner", UUID.randomUUID().toString()).getStatusCode().value()).isEqualTo(404);
        assertThat(read(publish("planner", "nope").getBody()).get("field").asText()).isEqualTo("id");
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/rosters", null).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theWeekOfTheProblemIdIsKeptAndABadWeekIsA400() {
        String named = PROBLEM_JSON.replace("\"illustrative-12-seed7-feasible\"", "\"brussels-2027-W02\"");
        String id = submitted(named, "seconds=1");

        JsonNode listed = only(read(call("planner", HttpMethod.GET, "/api/v1/rosters?week=2027-W02", null).getBody()), id);

        assertThat(listed.get("week").asText()).isEqualTo("2027-W02");
        for (String bad : List.of("2026-W60", "2026-49", "next")) {
            ResponseEntity<String> list = call("planner", HttpMethod.GET, "/api/v1/rosters?week=" + bad, null);
            ResponseEntity<String> submit = call("planner", HttpMethod.POST, "/api/v1/rosters?seconds=1&week=" + bad,
                    PROBLEM_JSON);
            assertThat(list.getStatusCode().value()).isEqualTo(400);
            assertThat(read(list.getBody()).get("field").asText()).isEqualTo("week");
            assertThat(submit.getStatusCode().value()).isEqualTo(400);
            assertThat(read(submit.getBody()).get("field").asText()).isEqualTo("week");
        }
    }

    @Test
    void sessionsAreFilteredByCommuneKindAndLanguage() {
        String id = solved("2026-W47");
        assertThat(publish("planner", id).getStatusCode().value()).isEqualTo(200);
        JsonNode all = sessions("counsellor", "week=2026-W47");
        assertThat(all.size()).isGreaterThan(1);
        JsonNode first = all.get(0);

        for (String filter : List.of("commune", "kind", "language")) {
            String value = first.get(filter).asText();
            JsonNode some = sessions("sw-molenbeek", "week=2026-W47&" + filter + "=" + value);
            long expected = stream(all).filter(s -> s.get(filter).asText().equals(value)).count();
            assertThat(some).as(filter).hasSize((int) expected);
            assertThat(stream(some)).allMatch(s -> s.get(filter).asText().equals(value));
        }
        JsonNode together = sessions("admin", "week=2026-W47&commune=" + first.get("commune").asText() + "&kind="
                + first.get("kind").asText() + "&language=" + first.get("language").asText());
        assertThat(stream(together).map(s -> s.get("id").asText())).contains(first.get("id").asText());
        assertThat(sessions("counsellor", "week=2026-W48")).isEmpty();
        List<String> starts = stream(all).map(s -> s.get("start").asText()).toList();
        assertThat(starts).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
        assertThat(call("partner-sks", HttpMethod.GET, "/api/v1/sessions?week=2026-W47", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(call(null, HttpMethod.GET, "/api/v1/sessions", null).getStatusCode().value()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({"week=2026-W60,week", "week=yesterday,week", "commune=Molenbeek,commune", "commune=1080,commune",
            "kind=COOKING,kind", "kind=workshop,kind", "language=FR,language", "language=french,language"})
    void aBadFilterIsA400NamingTheParameter(String query, String field) {
        ResponseEntity<String> answer = call("counsellor", HttpMethod.GET, "/api/v1/sessions?" + query, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(answer.getBody());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).startsWith(field + ": '" + query.substring(field.length() + 1) + "'");
    }

    @Test
    void plannersLockAndUnlockASessionAndOthersMayNot() {
        String id = solved("2026-W51");
        assertThat(publish("admin", id).getStatusCode().value()).isEqualTo(200);
        String session = sessions("planner", "week=2026-W51").get(0).get("id").asText();

        ResponseEntity<String> locked = call("planner", HttpMethod.POST, "/api/v1/sessions/" + session + "/lock", null);
        ResponseEntity<String> byCounsellor = call("counsellor", HttpMethod.POST,
                "/api/v1/sessions/" + session + "/unlock", null);

        assertThat(locked.getStatusCode().value()).isEqualTo(200);
        assertThat(read(locked.getBody()).get("locked").asBoolean()).isTrue();
        assertThat(read(locked.getBody()).get("id").asText()).isEqualTo(session);
        assertThat(byCounsellor.getStatusCode().value()).isEqualTo(403);
        JsonNode read = read(call("counsellor", HttpMethod.GET, "/api/v1/sessions/" + session, null).getBody());
        assertThat(read.get("locked").asBoolean()).isTrue();
        assertThat(read.has("animator")).isFalse();

        ResponseEntity<String> unlocked = call("admin", HttpMethod.POST, "/api/v1/sessions/" + session + "/unlock", null);

        assertThat(unlocked.getStatusCode().value()).isEqualTo(200);
        assertThat(read(unlocked.getBody()).get("locked").asBoolean()).isFalse();
        assertThat(jdbc.sql("select locked from published_sessions where id = ?").param(UUID.fromString(session))
                .query(Boolean.class).single()).isFalse();
        UUID nothing = UUID.randomUUID();
        ResponseEntity<String> missing = call("planner", HttpMethod.POST, "/api/v1/sessions/" + nothing + "/lock", null);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(read(missing.getBody()).get("detail").asText()).isEqualTo("session " + nothing + " not found");
        ResponseEntity<String> malformed = call("planner", HttpMethod.POST, "/api/v1/sessions/s-1/lock", null);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(read(malformed.getBody()).get("field").asText()).isEqualTo("id");
    }

    /** The assignment of the solution that a published session shows (same venue, animator and start time). */
    private static JsonNode assignmentAt(JsonNode state, JsonNode session) {
        for (JsonNode a : state.at("/solution/assignments")) {
            if (a.get("venue").asText().equals(session.at("/venue/id").asText())
                    && a.get("animator").asText().equals(session.at("/animator/id").asText())
                    && OffsetDateTime.parse(session.get("start").asText()).toLocalTime().toString()
                    .equals(byId(PROBLEM.timeslots(), TimeslotJson::id).get(a.get("timeslot").asText()).start())
                    && OffsetDateTime.parse(session.get("start").asText()).getDayOfWeek().ordinal()
                    == byId(PROBLEM.timeslots(), TimeslotJson::id).get(a.get("timeslot").asText()).day().ordinal()) {
                return a;
            }
        }
        throw new AssertionError("no assignment for " + session);
    }

    private static JsonNode only(JsonNode list, String id) {
        List<JsonNode> found = stream(list).filter(r -> r.get("id").asText().equals(id)).toList();
        assertThat(found).as("roster %s listed once", id).hasSize(1);
        return found.get(0);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
