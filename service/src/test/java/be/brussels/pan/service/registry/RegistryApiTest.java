package be.brussels.pan.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The registry's JSON endpoints over HTTP: the illustrative registry, who sees and writes what, versions, audit. */
class RegistryApiTest extends RegistryTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode json(ResponseEntity<String> answer) throws Exception {
        return JSON.readTree(answer.getBody());
    }

    @Test
    void theFirstStartLoadsTheIllustrativeRegistryLabelledIllustrative() throws Exception {
        for (EntryType<?> type : EntryType.ALL) {
            // Every record of the illustrative file is there, ILLUSTRATIVE (other tests add ENTERED ones).
            String file = new String(IllustrativeRegistry.file(type), StandardCharsets.UTF_8);
            List<String> ids = file.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
            JsonNode records = json(call("planner", HttpMethod.GET, "/api/v1/registry/" + type.plural() + "?retired=true", null));
            List<String> illustrative = new ArrayList<>();
            records.forEach(r -> {
                if (r.get("provenance").asText().equals("ILLUSTRATIVE")) {
                    illustrative.add(r.get("id").asText());
                }
            });
            assertThat(illustrative).as(type.plural()).containsExactlyInAnyOrderElementsOf(ids).isNotEmpty();
        }
        assertThat(new String(IllustrativeRegistry.file(EntryType.ANIMATORS), StandardCharsets.UTF_8).lines().count())
                .as("the generator's M week: 50 animators and the header").isEqualTo(51);
        JsonNode audit = json(call("admin", HttpMethod.GET, "/api/v1/registry/audit?entity=timeslot&id=MON-1", null));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo("system");
            assertThat(entry.get("source").asText()).isEqualTo("STARTUP");
            assertThat(entry.get("action").asText()).isEqualTo("CREATE");
        });
    }

    @Test
    void animatorsNamesAreForPlannersAndAdminsOnly() throws Exception {
        JsonNode planner = json(call("planner", HttpMethod.GET, "/api/v1/registry/animators/anim-001", null));
        JsonNode admin = json(call("admin", HttpMethod.GET, "/api/v1/registry/animators/anim-001", null));
        JsonNode counsellor = json(call("counsellor", HttpMethod.GET, "/api/v1/registry/animators/anim-001", null));
        JsonNode partnerList = json(call("partner-sks", HttpMethod.GET, "/api/v1/registry/animators", null));

        assertThat(planner.get("name").asText()).isEqualTo("Animator 1 (illustrative)");
        assertThat(admin.get("name").asText()).isEqualTo("Animator 1 (illustrative)");
        assertThat(counsellor.has("name")).isFalse();
        assertThat(counsellor.get("languages").size()).isGreaterThan(0);
        partnerList.forEach(a -> assertThat(a.has("name")).isFalse());

        String plannerCsv = new String(exportCsv("planner", "animators.csv").getBody(), StandardCharsets.UTF_8);
        String counsellorCsv = new String(exportCsv("counsellor", "animators.csv").getBody(), StandardCharsets.UTF_8);
        assertThat(plannerCsv).startsWith("\uFEFFid,name,homeCommune,").contains("Animator 1 (illustrative)");
        assertThat(counsellorCsv).startsWith("\uFEFFid,homeCommune,").doesNotContain("Animator 1");
    }

    @Test
    void onlyPlannersAndAdminsWriteAndOnlyAdminsReadTheAudit() throws Exception {
        List<Long> before = registryRows();
        String slot = "{\"id\":\"SUN-X\",\"day\":\"SATURDAY\",\"start\":\"18:00\",\"end\":\"19:00\"}";
        for (String user : List.of("counsellor", "sw-molenbeek", "partner-sks")) {
            assertThat(call(user, HttpMethod.POST, "/api/v1/registry/timeslots", slot).getStatusCode().value())
                    .as(user).isEqualTo(403);
            assertThat(call(user, HttpMethod.DELETE, "/api/v1/registry/kits/kit-epn01", null).getStatusCode().value())
                    .as(user).isEqualTo(403);
            assertThat(importCsv(user, "timeslots", "id,day,start,end\nSUN-X,SATURDAY,18:00,19:00\n")
                    .getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(call("planner", HttpMethod.GET, "/api/v1/registry/audit", null).getStatusCode().value()).isEqualTo(403);
        assertThat(call(null, HttpMethod.GET, "/api/v1/registry/venues", null).getStatusCode().value()).isEqualTo(401);
        assertThat(registryRows()).isEqualTo(before);
    }

    @Test
    void aRecordIsCreatedUpdatedWithItsVersionRetiredAndReinstatedEachChangeAudited() throws Exception {
        ResponseEntity<String> created = call("planner", HttpMethod.POST, "/api/v1/registry/venues", """
                {"id":"epn-test","name":"EPN Test","kind":"EPN","address":"Rue Test 1, 1080 Molenbeek-Saint-Jean",
                 "commune":"21012","seats":10,"accessible":true,"startDigital":false,"open":["MON-1","MON-2"]}""");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/registry/venues/epn-test");
        JsonNode venue = json(created);
        assertThat(venue.get("version").asLong()).isEqualTo(1);
        assertThat(venue.get("rooms").asInt()).as("default").isEqualTo(1);
        assertThat(venue.get("provenance").asText()).isEqualTo("ENTERED");
        assertThat(venue.get("retired").asBoolean()).isFalse();

        ObjectNode change = (ObjectNode) venue.deepCopy();
        change.remove("retired");
        change.put("seats", 14);
        ResponseEntity<String> updated = call("planner", HttpMethod.PUT, "/api/v1/registry/venues/epn-test", change.toString());
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(json(updated).get("version").asLong()).isEqualTo(2);
        assertThat(json(updated).get("seats").asInt()).isEqualTo(14);

        // The same body again carries version 1: stale, a 409 naming the venue; nothing changes.
        List<Long> before = registryRows();
        ResponseEntity<String> stale = call("admin", HttpMethod.PUT, "/api/v1/registry/venues/epn-test", change.toString());
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(json(stale).get("detail").asText()).contains("venue epn-test", "version 1");
        assertThat(registryRows()).isEqualTo(before);

        // A kit at the venue keeps it from being retired.
        assertThat(call("planner", HttpMethod.POST, "/api/v1/registry/kits",
                "{\"id\":\"kit-test\",\"name\":\"Kit\",\"homeVenue\":\"epn-test\",\"devices\":8,\"braille\":false}")
                .getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> used = call("planner", HttpMethod.DELETE, "/api/v1/registry/venues/epn-test", null);
        assertThat(used.getStatusCode().value()).isEqualTo(409);
        assertThat(json(used).get("detail").asText()).contains("venue epn-test", "kit kit-test");

        assertThat(call("planner", HttpMethod.DELETE, "/api/v1/registry/kits/kit-test", null).getStatusCode().value())
                .isEqualTo(200);
        ResponseEntity<String> retired = call("planner", HttpMethod.DELETE, "/api/v1/registry/venues/epn-test?version=2", null);
        assertThat(retired.getStatusCode().value()).isEqualTo(200);
        assertThat(json(retired).get("retired").asBoolean()).isTrue();
        assertThat(json(retired).get("version").asLong()).isEqualTo(3);
        assertThat(json(call("planner", HttpMethod.GET, "/api/v1/registry/venues", null)).findValuesAsText("id"))
                .doesNotContain("epn-test");
        assertThat(json(call("planner", HttpMethod.GET, "/api/v1/registry/venues?retired=true", null)).findValuesAsText("id"))
                .contains("epn-test");
        assertThat(rows("registry_venues where id = 'epn-test'")).as("kept, never deleted").isEqualTo(1);
        // A kit may not be set at a retired venue; re-creating its id is a conflict.
        ResponseEntity<String> atRetired = call("planner", HttpMethod.POST, "/api/v1/registry/kits",
                "{\"id\":\"kit-test2\",\"name\":\"Kit\",\"homeVenue\":\"epn-test\",\"devices\":8,\"braille\":false}");
        assertThat(atRetired.getStatusCode().value()).isEqualTo(400);
        assertThat(json(atRetired).get("field").asText()).isEqualTo("homeVenue");
        assertThat(call("planner", HttpMethod.POST, "/api/v1/registry/venues", change.toString()).getStatusCode().value())
                .isEqualTo(409);

        ResponseEntity<String> back = call("planner", HttpMethod.POST, "/api/v1/registry/venues/epn-test/reinstate", null);
        assertThat(json(back).get("retired").asBoolean()).isFalse();
        assertThat(json(back).get("version").asLong()).isEqualTo(4);

        JsonNode audit = json(call("admin", HttpMethod.GET, "/api/v1/registry/audit?entity=venue&id=epn-test", null));
        List<String> actions = new ArrayList<>();
        audit.forEach(a -> actions.add(a.get("action").asText()));
        assertThat(actions).containsExactly("REINSTATE", "RETIRE", "UPDATE", "CREATE");
        JsonNode update = audit.get(2);
        assertThat(update.get("actor").asText()).isEqualTo("planner");
        assertThat(update.get("changed").toString()).isEqualTo("[\"seats\"]");
        assertThat(update.at("/before/seats").asInt()).isEqualTo(10);
        assertThat(update.at("/after/seats").asInt()).isEqualTo(14);
        assertThat(update.get("at").asText()).isNotBlank();
    }

    @Test
    void theAuditKeepsAnAnimatorsNameButNotTheirHomeCommuneOrAbsences() throws Exception {
        JsonNode animator = json(call("planner", HttpMethod.GET, "/api/v1/registry/animators/anim-002", null));
        ObjectNode change = (ObjectNode) animator.deepCopy();
        change.remove("retired");
        change.put("homeCommune", "21004");
        change.putArray("absences").addObject().put("from", "2026-12-01").put("to", "2026-12-03");
        ResponseEntity<String> updated = call("planner", HttpMethod.PUT, "/api/v1/registry/animators/anim-002", change.toString());
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(json(updated).at("/absences/0/from").asText()).isEqualTo("2026-12-01");

        JsonNode entry = json(call("admin", HttpMethod.GET, "/api/v1/registry/audit?entity=animator&id=anim-002&limit=1", null)).get(0);
        assertThat(entry.get("changed").toString()).contains("homeCommune", "absences");
        assertThat(entry.get("after").get("name").asText()).isEqualTo("Animator 2 (illustrative)");
        assertThat(entry.get("after").has("homeCommune")).isFalse();
        assertThat(entry.toString()).doesNotContain("2026-12-01", "21004");
    }

    @Test
    void pathIdsAreCheckedMalformedIs400NamingIdUnknownIs404() throws Exception {
        ResponseEntity<String> malformed = call("planner", HttpMethod.GET, "/api/v1/registry/venues/a+b", null);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(json(malformed).get("field").asText()).isEqualTo("id");
        ResponseEntity<String> tooLong = call("planner", HttpMethod.PUT, "/api/v1/registry/kits/" + "k".repeat(65), "{}");
        assertThat(tooLong.getBody()).contains("\"field\":\"id\"");

        ResponseEntity<String> unknown = call("planner", HttpMethod.GET, "/api/v1/registry/venues/epn-nowhere", null);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json(unknown).get("detail").asText()).isEqualTo("venue epn-nowhere not found");
        assertThat(call("planner", HttpMethod.DELETE, "/api/v1/registry/kits/kit-nowhere", null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(call("planner", HttpMethod.GET, "/api/v1/registry/rooms.csv", null).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aBadBodyIsA400NamingTheFieldAndStoresNothing() throws Exception {
        List<Long> before = registryRows();
        String[][] cases = {
                {"/api/v1/registry/animators", "{\"id\":\"a-x\",\"name\":\"X\",\"homeCommune\":\"21012\",\"languages\":[],"
                        + "\"skills\":[],\"maxSessions\":4,\"available\":[\"MON-1\"]}", "languages"},
                {"/api/v1/registry/animators", "{\"id\":\"a-x\",\"name\":\"X\",\"homeCommune\":\"21012\",\"languages\":[\"fr\"],"
                        + "\"skills\":[\"JUGGLING\"],\"maxSessions\":4,\"available\":[\"MON-1\"]}", "skills[0]"},
                {"/api/v1/registry/animators", "{\"id\":\"a-x\",\"name\":\"X\",\"homeCommune\":\"1080\",\"languages\":[\"fr\"],"
                        + "\"skills\":[],\"maxSessions\":4,\"available\":[\"MON-1\"]}", "homeCommune"},
                {"/api/v1/registry/venues", "{\"id\":\"v-x\",\"name\":\"V\",\"kind\":\"EPN\",\"commune\":\"21012\",\"seats\":5,"
                        + "\"accessible\":true,\"startDigital\":false,\"open\":[\"SUN-9\"]}", "open"},
                {"/api/v1/registry/timeslots", "{\"id\":\"T-1\",\"day\":\"MONDAY\",\"start\":\"10:00\",\"end\":\"09:00\"}", "end"},
                {"/api/v1/registry/timeslots", "{\"id\":\"T-1\",\"day\":\"MONDAY\",\"start\":\"10:00\",\"end\":\"11:00\",\"colour\":1}", "colour"},
                {"/api/v1/registry/kits", "{\"id\":\"k x\",\"name\":\"K\",\"homeVenue\":\"epn-01\",\"devices\":1,\"braille\":false}", "id"},
                {"/api/v1/registry/venues/epn-01", "{\"name\":\"V\",\"kind\":\"EPN\",\"commune\":\"21012\",\"seats\":5,"
                        + "\"accessible\":true,\"startDigital\":false,\"open\":[]}", "version"},
        };
        for (String[] c : cases) {
            HttpMethod method = c[0].endsWith("epn-01") ? HttpMethod.PUT : HttpMethod.POST;
            ResponseEntity<String> answer = call("planner", method, c[0], c[1]);
            assertThat(answer.getStatusCode().value()).as(c[1]).isEqualTo(400);
            assertThat(json(answer).get("field").asText()).as(c[1]).isEqualTo(c[2]);
        }
        assertThat(registryRows()).isEqualTo(before);
    }
}
