package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Bad input found by the second audit of the API: each a 4xx problem, nothing stored, nothing echoed in full. */
class SecondAuditTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERS = "\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}";
    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    be.brussels.pan.service.engine.EngineHolder engines;

    @AfterEach
    void defaultCatalogue() {
        engines.swapCatalog(CatalogJson.defaultCatalog());
    }

    private HttpResponse<String> post(String user, String path, byte[] body, String contentType) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String catalogue(String version) {
        return CatalogJson.write(CatalogJson.defaultCatalog()).replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"" + version + "\"");
    }

    @Test
    void aCatalogueThatIsNotUtf8IsRefusedNotStoredGarbled() throws Exception {
        long before = rows("catalogs");
        // Jackson reads UTF-16 too; stored as UTF-8 it came back garbled and stopped the next start-up.
        byte[] utf16 = ("\uFEFF" + catalogue("utf16")).getBytes(StandardCharsets.UTF_16BE);

        HttpResponse<String> answer = post("admin", "/api/v1/admin/catalogs", utf16, "application/json");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("field").asText()).isEqualTo("$");
        assertThat(rows("catalogs")).isEqualTo(before);
    }

    @Test
    void brokenUtf32IsA400ForRostersAndCataloguesNotA500() throws Exception {
        byte[] broken = {0, 0, 0, '{', 0, 0, 0, '"', 0x7f, 0, 0, 0};
        assertThat(post("planner", "/api/v1/rosters?seconds=1", broken, "application/json").statusCode()).isEqualTo(400);
        assertThat(post("admin", "/api/v1/admin/catalogs", broken, "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void twoUploadsAtTheSameMomentGiveNo500() throws Exception {
        for (int round = 0; round < 4; round++) {
            List<CompletableFuture<ResponseEntity<String>>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String body = catalogue("race-" + round + "-" + i);
                both.add(CompletableFuture.supplyAsync(() -> call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", body)));
            }
            List<Integer> statuses = both.stream().map(f -> f.join().getStatusCode().value()).toList();
            // A DuplicateKeyException on the version number used to be a 500.
            assertThat(statuses).as("round " + round).contains(201).allMatch(s -> s == 201 || s == 409);
        }
    }

    @Test
    void aMultipartContentTypeWithoutBoundaryIsNotA500() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/offers"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("counsellor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data").GET().build();
        HttpResponse<String> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();

        assertThat(answer.statusCode()).isLessThan(500);
    }

    @Test
    void textThatIsNotTextIsRefusedInOrganisationsAndCatalogueVersions() throws Exception {
        ResponseEntity<String> user = call("admin", HttpMethod.POST, "/api/v1/admin/users",
                "{\"username\":\"nul.user\",\"password\":\"Nimbus-84-ledger-plum\",\"role\":\"PLANNER\",\"organisation\":\"Org\\u0000X\"}");
        assertThat(user.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(user.getBody()).get("field").asText()).isEqualTo("organisation");

        ResponseEntity<String> upload = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", catalogue("v-\\\\u0000"));
        assertThat(upload.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(upload.getBody()).get("field").asText()).isEqualTo("version");
    }

    @Test
    void aLongValueIsNeverRepeatedInFull() throws Exception {
        String device = "L".repeat(300);
        ResponseEntity<String> diagnosis = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                "{\"answers\":{\"device\":\"" + device + "\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}");
        assertThat(diagnosis.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(diagnosis.getBody()).get("detail").asText()).doesNotContain("L".repeat(41));

        // The roster validator names the session by its id: the field and the detail are bounded.
        JsonNode problem = JSON.readTree(be.brussels.pan.roster.json.RosterJson.write(
                be.brussels.pan.roster.generator.ProblemGenerator.generate(
                        be.brussels.pan.roster.generator.Dimensions.forSessions(5), 1, true).problem()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) problem.at("/sessions/0")).put("id", "S".repeat(3000))
                .put("priority", 9);
        ResponseEntity<String> roster = call("planner", HttpMethod.POST, "/api/v1/rosters?seconds=1", problem.toString());
        assertThat(roster.getStatusCode().value()).isEqualTo(400);
        JsonNode refused = JSON.readTree(roster.getBody());
        assertThat(refused.get("detail").asText().length()).isLessThanOrEqualTo(501);
        assertThat(refused.get("field").asText().length()).isLessThanOrEqualTo(201);
    }

    @Test
    void publicHealthShowsNoDisk() throws Exception {
        JsonNode health = JSON.readTree(call("counsellor", HttpMethod.GET, "/actuator/health", null).getBody());
        assertThat(health.at("/components/diskSpace").isMissingNode()).isTrue();
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    }
}
