package be.brussels.pan.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.engine.EngineHolder;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class AdminApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EngineHolder engines;

    @Autowired
    CatalogStartup startup;

    /** Other test classes share this service: they get the default catalogue back. */
    @AfterEach
    void defaultCatalogue() {
        engines.swapCatalog(CatalogJson.defaultCatalog());
    }

    /** A small catalogue cut from the default one: one EPN and its services, under new ids. */
    private static ObjectNode smallCatalogue(String prefix) throws Exception {
        JsonNode all;
        try (InputStream in = CatalogJson.class.getResourceAsStream("/be/brussels/pan/rules/catalog/default-catalog.json")) {
            all = JSON.readTree(in);
        }
        ObjectNode catalogue = JSON.createObjectNode();
        catalogue.put("version", prefix + "-1").put("description", "test catalogue (illustrative)");
        // The first EPN that receives visitors: the mobile one is proposed only to a person without a commune.
        ObjectNode structure = null;
        for (JsonNode candidate : all.get("structures")) {
            if ("EPN".equals(candidate.get("kind").asText()) && !candidate.path("mobile").asBoolean(false)) {
                structure = (ObjectNode) candidate.deepCopy();
                break;
            }
        }
        String oldId = structure.get("id").asText();
        structure.put("id", prefix + "-structure");
        catalogue.putArray("structures").add(structure);
        ArrayNode services = catalogue.putArray("services");
        for (JsonNode s : all.get("services")) {
            if (s.get("structureId").asText().equals(oldId)) {
                ObjectNode copy = s.deepCopy();
                copy.put("id", prefix + "-" + s.get("id").asText()).put("structureId", prefix + "-structure");
                services.add(copy);
            }
        }
        return catalogue;
    }

    private Set<String> offersOfANewDiagnosis() throws Exception {
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        Set<String> offers = new HashSet<>();
        JSON.readTree(created.getBody()).get("orientations").forEach(o -> offers.add(o.get("offerId").asText()));
        return offers;
    }

    @Test
    void anUploadedCatalogueIsStoredListedAndUsedByTheNextDiagnosis() throws Exception {
        assertThat(offersOfANewDiagnosis()).noneMatch(id -> id.startsWith("up-"));
        ObjectNode catalogue = smallCatalogue("up");
        long before = rows("catalogs");

        ResponseEntity<String> uploaded = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", catalogue.toString());

        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        JsonNode version = JSON.readTree(uploaded.getBody());
        assertThat(version.get("catalogVersion").asText()).isEqualTo("up-1");
        assertThat(version.get("structures").asInt()).isEqualTo(1);
        assertThat(version.get("uploadedBy").asText()).isEqualTo("admin");
        assertThat(rows("catalogs")).isEqualTo(before + 1);
        Set<String> offers = offersOfANewDiagnosis();
        assertThat(offers).isNotEmpty().allMatch(id -> id.startsWith("up-"));

        JsonNode versions = JSON.readTree(call("admin", HttpMethod.GET, "/api/v1/admin/catalogs", null).getBody());
        assertThat(versions.get(0).get("version").asLong()).isEqualTo(version.get("version").asLong());
        assertThat(versions.get(0).has("body")).isFalse();
        assertThat(versions.toString()).doesNotContain("structureId");

        // As after a restart: the default catalogue, then the start-up step swaps the stored one back in.
        engines.swapCatalog(CatalogJson.defaultCatalog());
        assertThat(offersOfANewDiagnosis()).noneMatch(id -> id.startsWith("up-"));
        startup.afterSingletonsInstantiated();
        assertThat(offersOfANewDiagnosis()).isNotEmpty().allMatch(id -> id.startsWith("up-"));
    }

    @Test
    void anInvalidCatalogueIsA400NamingTheRecordAndTheCatalogueInUseStays() throws Exception {
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", smallCatalogue("keep").toString())
                .getStatusCode().value()).isEqualTo(201);
        long before = rows("catalogs");
        ObjectNode bad = smallCatalogue("bad");
        ((ObjectNode) bad.at("/services/0")).put("structureId", "nowhere");
        String badService = bad.at("/services/0/id").asText();

        ResponseEntity<String> answer = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", bad.toString());

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("service " + badService);
        assertThat(rows("catalogs")).isEqualTo(before);
        assertThat(offersOfANewDiagnosis()).isNotEmpty().allMatch(id -> id.startsWith("keep-"));

        ObjectNode unknownField = smallCatalogue("bad");
        ((ObjectNode) unknownField.at("/structures/0")).put("colour", "red");
        ResponseEntity<String> unknown = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", unknownField.toString());
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.getBody()).get("field").asText()).contains("colour");
        assertThat(rows("catalogs")).isEqualTo(before);
    }

    /** Catalogues the engine would take but the service cannot keep or show: 400 naming the field, nothing stored. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "no version           | version",
            "blank version        | version",
            "version of 101 chars | version",
            "structure id of 101  | structures[0].id",
            "service id of 101    | services[0].id",
            "enum as a number     | structures[0].kind"})
    void aCatalogueTheServiceCannotKeepIsA400AndHealthStaysUp(String what, String field) throws Exception {
        ObjectNode bad = smallCatalogue("bad");
        switch (what.trim()) {
            case "no version" -> bad.remove("version");
            case "blank version" -> bad.put("version", " ");
            case "version of 101 chars" -> bad.put("version", "v".repeat(101));
            case "structure id of 101" -> {
                String id = "s".repeat(101);
                ((ObjectNode) bad.at("/structures/0")).put("id", id);
                bad.get("services").forEach(service -> ((ObjectNode) service).put("structureId", id));
            }
            case "service id of 101" -> ((ObjectNode) bad.at("/services/0")).put("id", "x".repeat(101));
            case "enum as a number" -> ((ObjectNode) bad.at("/structures/0")).put("kind", 0);
            default -> throw new IllegalArgumentException(what);
        }
        long before = rows("catalogs");

        ResponseEntity<String> answer = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", bad.toString());

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(field.trim());
        assertThat(rows("catalogs")).isEqualTo(before);
        // A catalogue without a version used to be swapped in, and health answered 500 from then on.
        assertThat(call("admin", HttpMethod.GET, "/actuator/health", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theLocationOfAnUploadAndOfANewUserCanBeRead() throws Exception {
        ResponseEntity<String> uploaded = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", smallCatalogue("loc").toString());
        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> catalogue = call("admin", HttpMethod.GET, uploaded.getHeaders().getLocation().toString(), null);
        assertThat(catalogue.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(catalogue.getBody()).get("version").asText()).isEqualTo("loc-1");

        ResponseEntity<String> created = call("admin", HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"loc.planner\",\"password\":\"Nimbus-84-ledger-plum\",\"role\":\"PLANNER\",\"organisation\":\"CIN\"}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> user = call("admin", HttpMethod.GET, created.getHeaders().getLocation().toString(), null);
        assertThat(user.getStatusCode().value()).isEqualTo(200);
        assertThat(user.getBody()).contains("\"username\":\"loc.planner\"").doesNotContain("assword");

        for (String[] bad : new String[][] {{"/api/v1/admin/catalogs/0", "400"}, {"/api/v1/admin/catalogs/x", "400"},
                {"/api/v1/admin/catalogs/999999", "404"}, {"/api/v1/admin/users/nobody", "404"}}) {
            ResponseEntity<String> answer = call("admin", HttpMethod.GET, bad[0], null);
            assertThat(answer.getStatusCode().value()).as(bad[0]).isEqualTo(Integer.parseInt(bad[1]));
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(call("planner", HttpMethod.GET, "/api/v1/admin/users/loc.planner", null).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void healthAnswersEvenForACatalogueWithoutAVersion() throws Exception {
        // One stored before versions were required is loaded again at every start-up.
        ObjectNode unversioned = smallCatalogue("old");
        unversioned.remove("version");
        engines.swapCatalog(CatalogJson.read(unversioned.toString()));

        ResponseEntity<String> health = call("admin", HttpMethod.GET, "/actuator/health", null);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(health.getBody()).at("/components/ruleBase/details/catalog").asText()).isEqualTo("(no version)");
    }

    @Test
    void aPlannerCannotUploadACatalogueNorManageUsers() throws Exception {
        for (String path : new String[] {"/api/v1/admin/catalogs", "/api/v1/admin/users"}) {
            ResponseEntity<String> answer = call("planner", HttpMethod.POST, path, "{}");
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(403);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(call("planner", HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(403);
        }
    }

    @Test
    void anAdminCreatesListsAndDisablesUsers() throws Exception {
        ResponseEntity<String> created = call("admin", HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"new.planner\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\"CIN\"}");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/admin/users/new.planner");
        assertThat(created.getBody()).doesNotContain("Saffron-17-kayak-dune").doesNotContain("$2");
        String hash = jdbc.sql("select password_hash from users where username = 'new.planner'").query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("long-enough");

        // The new user can sign in with their role: statistics yes, diagnoses no.
        assertThat(as("new.planner", "Saffron-17-kayak-dune", "/api/v1/stats").getStatusCode().value()).isEqualTo(200);
        assertThat(as("new.planner", "Saffron-17-kayak-dune", "/api/v1/admin/users").getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> list = call("admin", HttpMethod.GET, "/api/v1/admin/users", null);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("\"username\":\"new.planner\"").doesNotContain("$2").doesNotContain("assword");

        ResponseEntity<String> again = call("admin", HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"new.planner\",\"password\":\"Saffron-17-kayak-dune-2\",\"role\":\"ADMIN\",\"organisation\":\"CIN\"}");
        assertThat(again.getStatusCode().value()).isEqualTo(409);

        ResponseEntity<String> disabled = call("admin", HttpMethod.POST, "/api/v1/admin/users/new.planner/disable", null);
        assertThat(disabled.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(disabled.getBody()).get("enabled").asBoolean()).isFalse();
        assertThat(as("new.planner", "Saffron-17-kayak-dune", "/api/v1/stats").getStatusCode().value()).isEqualTo(401);
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users/new.planner/enable", null).getStatusCode().value())
                .isEqualTo(200);
        assertThat(as("new.planner", "Saffron-17-kayak-dune", "/api/v1/stats").getStatusCode().value()).isEqualTo(200);

        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users/nobody/disable", null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users/admin/disable", null).getStatusCode().value())
                .isEqualTo(409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad username | {\"username\":\"a b\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\"CIN\"} | username",
            "short password | {\"username\":\"u1\",\"password\":\"short\",\"role\":\"PLANNER\",\"organisation\":\"CIN\"} | password",
            "unknown role | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"ROOT\",\"organisation\":\"CIN\"} | role",
            "blank organisation | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\" \"} | organisation",
            "unknown field | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\"CIN\",\"admin\":true} | admin",
            "wrong type | {\"username\":\"u1\",\"password\":12345678,\"role\":\"PLANNER\",\"organisation\":\"CIN\"} | password",
            "duplicate field | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"role\":\"ADMIN\",\"organisation\":\"CIN\"} | role",
            "trailing content | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\"CIN\"} [] | $",
            "bad email | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\"CIN\",\"email\":\"not an address\"} | email",
            "email without domain dot | {\"username\":\"u1\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PLANNER\",\"organisation\":\"CIN\",\"email\":\"a@localhost\"} | email",
            "not an object | [] | $",
            "malformed | {\"username\": | $"})
    void aBadUserIsA400NamingTheFieldAndStoresNothing(String what, String body, String field) throws Exception {
        long before = rows("users");

        ResponseEntity<String> answer = call("admin", HttpMethod.POST, "/api/v1/admin/users", body);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(field);
        assertThat(rows("users")).isEqualTo(before);
    }

    @Test
    void anAdminSetsChangesAndRemovesAUsersEmailAddress() throws Exception {
        ResponseEntity<String> created = call("admin", HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"mail.partner\",\"password\":\"Saffron-17-kayak-dune\",\"role\":\"PARTNER\","
                        + "\"organisation\":\"epn-13\",\"email\":\"accueil@epn13.example.be\"}");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(JSON.readTree(created.getBody()).get("email").asText()).isEqualTo("accueil@epn13.example.be");
        assertThat(JSON.readTree(call("admin", HttpMethod.GET, "/api/v1/admin/users/mail.partner", null).getBody())
                .get("email").asText()).isEqualTo("accueil@epn13.example.be");

        ResponseEntity<String> changed = call("admin", HttpMethod.PUT, "/api/v1/admin/users/mail.partner/email",
                "{\"email\":\"equipe@epn13.example.be\"}");
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(changed.getBody()).get("email").asText()).isEqualTo("equipe@epn13.example.be");
        assertThat(call("admin", HttpMethod.GET, "/api/v1/admin/users", null).getBody())
                .contains("\"email\":\"equipe@epn13.example.be\"");

        ResponseEntity<String> bad = call("admin", HttpMethod.PUT, "/api/v1/admin/users/mail.partner/email",
                "{\"email\":\"equipe at epn13\"}");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(bad.getBody()).get("field").asText()).isEqualTo("email");
        // The answer does not repeat the address (it may be logged).
        assertThat(bad.getBody()).doesNotContain("equipe at epn13");
        assertThat(call("admin", HttpMethod.PUT, "/api/v1/admin/users/nobody/email", "{\"email\":\"a@b.be\"}")
                .getStatusCode().value()).isEqualTo(404);
        assertThat(call("planner", HttpMethod.PUT, "/api/v1/admin/users/mail.partner/email", "{\"email\":\"a@b.be\"}")
                .getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> removed = call("admin", HttpMethod.PUT, "/api/v1/admin/users/mail.partner/email",
                "{\"email\":null}");
        assertThat(removed.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(removed.getBody()).get("email").isNull()).isTrue();
        assertThat(jdbc.sql("select email from users where username = 'mail.partner'").query(String.class).optional())
                .isEmpty();
    }

    private ResponseEntity<String> as(String user, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange("http://localhost:" + port + path, HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers), String.class);
    }
}
