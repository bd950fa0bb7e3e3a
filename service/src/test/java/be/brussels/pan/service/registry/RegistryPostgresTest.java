package be.brussels.pan.service.registry;

import be.brussels.pan.service.postgres.TestPostgres;
import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.PanServiceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The registry on PostgreSQL (the {@code postgres} profile, the same migrations V6 and V7): the illustrative
 * registry loaded, a CSV import, an update with its version, a stale one refused, a retirement and the audit.
 * Runs in a schema of its own ({@code registry_test}), so it does not disturb the other PostgreSQL tests; skipped
 * without PAN_TEST_PG_URL (see {@code PostgresProfileTest}), failed under CI=true.
 */
class RegistryPostgresTest {

    private static final String SCHEMA = "registry_test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private int port;

    @Test
    void theRegistryWorksOnPostgresql() throws Exception {
        TestPostgres pg = TestPostgres.orSkip("the registry on PostgreSQL");
        pg.execute("drop schema if exists " + SCHEMA + " cascade");
        pg.execute("create schema " + SCHEMA);
        String schemaUrl = pg.urlIn(SCHEMA);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PanServiceApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0", "--PAN_DB_URL=" + schemaUrl,
                "--PAN_DB_USER=" + pg.user(), "--PAN_DB_PASSWORD=" + pg.password(),
                "--pan.bootstrap-users=plan:pg-Walnut-46-prism:PLANNER:CIN,boss:pg-Walnut-46-prism:ADMIN:CIN")) {
            port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();

            assertThat(JSON.readTree(send("GET", "/api/v1/registry/animators", null, null).body()).size()).isEqualTo(50);

            HttpResponse<String> imported = send("POST", "/api/v1/registry/kits.csv", "text/csv",
                    "\uFEFFid;name;homeVenue;devices;braille\r\nkit-pg;Kit PG;epn-01;9;true\r\n");
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(imported.body()).contains("\"created\":1");

            ObjectNode kit = (ObjectNode) JSON.readTree(send("GET", "/api/v1/registry/kits/kit-pg", null, null).body());
            kit.remove("retired");
            kit.put("devices", 11);
            HttpResponse<String> updated = send("PUT", "/api/v1/registry/kits/kit-pg", "application/json", kit.toString());
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(JSON.readTree(updated.body()).get("version").asLong()).isEqualTo(2);
            HttpResponse<String> stale = send("PUT", "/api/v1/registry/kits/kit-pg", "application/json", kit.toString());
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("kit kit-pg");

            HttpResponse<String> retired = send("DELETE", "/api/v1/registry/kits/kit-pg?version=2", null, null);
            assertThat(JSON.readTree(retired.body()).get("retired").asBoolean()).isTrue();

            HttpResponse<String> audit = sendAs("boss", "GET", "/api/v1/registry/audit?entity=kit&id=kit-pg", null, null);
            JsonNode entries = JSON.readTree(audit.body());
            assertThat(entries.findValuesAsText("action")).containsExactly("RETIRE", "UPDATE", "CREATE");
            assertThat(entries.get(1).get("changed").toString()).isEqualTo("[\"devices\"]");
        }
        try (Connection c = DriverManager.getConnection(schemaUrl, pg.user(), pg.password()); Statement s = c.createStatement();
             var rs = s.executeQuery("select retired_at is not null, version from registry_kits where id = 'kit-pg'")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getLong(2)).isEqualTo(3);
        }
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        return sendAs("plan", method, path, type, body);
    }

    private HttpResponse<String> sendAs(String user, String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":pg-Walnut-46-prism").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
