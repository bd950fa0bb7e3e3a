package be.brussels.pan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.PanServiceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded H2 database backed up while the service runs ({@code POST /api/v1/admin/backups}: H2's
 * {@code BACKUP TO}), then restored as docs/security/retention.md says (H2's {@code Restore} tool; a plain unzip gives
 * the same file), and the service started on the restored copy: what was stored before the backup is there, byte for
 * byte, with its referral; what was stored after it is not; Flyway finds its schema as it left it.
 */
class BackupRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Backup-restore-pass-7Qv";
    private static final String USERS = "ana:" + PASSWORD + ":COUNSELLOR:Actiris,root:" + PASSWORD + ":ADMIN:CIN";
    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aBackupTakenWhileTheServiceRunsRestoresIntoAServiceThatHasTheDataOfThatMoment(@TempDir Path dir) throws Exception {
        Path backups = dir.resolve("backups");
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests", "esteban.json")));
        request.put("reference", "BACKUP-0001");
        String diagnosis;
        String diagnosisJson;
        String referral;
        String after;
        long migrations;
        Path zip;
        try (ConfigurableApplicationContext live = start(dir.resolve("live"), backups)) {
            int port = port(live);
            diagnosis = send(port, "ana", "POST", "/api/v1/diagnoses", request.toString(), 201).get("id").asText();
            diagnosisJson = raw(port, "GET", "/api/v1/diagnoses/" + diagnosis).body();
            referral = send(port, "ana", "POST", "/api/v1/referrals",
                    "{\"diagnosisId\":\"" + diagnosis + "\",\"offerId\":\"epn-13-access\",\"note\":\"kept\"}", 201)
                    .get("id").asText();
            migrations = live.getBean(JdbcClient.class).sql("select count(*) from flyway_schema_history where success")
                    .query(Long.class).single();

            JsonNode backup = send(port, "root", "POST", "/api/v1/admin/backups", null, 200);

            zip = Path.of(backup.get("file").asText());
            assertThat(zip.getParent()).isEqualTo(backups.toAbsolutePath().normalize());
            assertThat(zip.getFileName().toString()).matches("pan-[0-9]{8}-[0-9]{6}-[0-9]{3}\\.zip");
            assertThat(backup.get("bytes").asLong()).isEqualTo(Files.size(zip)).isPositive();
            // stored after the backup: not in it
            request.put("reference", "BACKUP-0002");
            after = send(port, "ana", "POST", "/api/v1/diagnoses", request.toString(), 201).get("id").asText();
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName).toList()).containsExactly("pan.mv.db");
        }

        // restored with H2's tool, as docs/security/retention.md says
        Path restored = dir.resolve("restored");
        Restore.execute(zip.toString(), restored.toString(), "pan");
        // a plain unzip gives the very same file (the other way the document gives)
        Path unzipped = dir.resolve("unzipped");
        unzip(zip, unzipped);
        assertThat(Files.mismatch(restored.resolve("pan.mv.db"), unzipped.resolve("pan.mv.db"))).isEqualTo(-1L);

        try (ConfigurableApplicationContext service = start(restored, backups)) {
            int port = port(service);
            HttpResponse<String> read = raw(port, "GET", "/api/v1/diagnoses/" + diagnosis);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo(diagnosisJson);
            JsonNode kept = send(port, "ana", "GET", "/api/v1/referrals/" + referral, null, 200);
            assertThat(kept.get("reference").asText()).isEqualTo("BACKUP-0001");
            assertThat(kept.get("note").asText()).isEqualTo("kept");
            assertThat(raw(port, "GET", "/api/v1/diagnoses/" + after).statusCode()).isEqualTo(404);
            // the same schema: no migration ran again, none failed
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
                    .isEqualTo(migrations);
            // and it takes new data
            send(port, "ana", "POST", "/api/v1/diagnoses", request.toString(), 201);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                Files.copy(in, target);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path directory, Path backups) {
        String url = "jdbc:h2:file:" + directory.resolve("pan").toAbsolutePath() + OPTIONS;
        return new SpringApplicationBuilder(PanServiceApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--pan.bootstrap-users=" + USERS,
                "--pan.backup.directory=" + backups);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    private HttpResponse<String> raw(int port, String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("ana")).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode send(int port, String user, String method, String path, String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = client.send(request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
