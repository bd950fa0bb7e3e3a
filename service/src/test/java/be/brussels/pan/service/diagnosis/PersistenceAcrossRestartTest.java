package be.brussels.pan.service.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.PanServiceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in an H2 file: a diagnosis made before a restart is there after it. */
class PersistenceAcrossRestartTest {

    private static final String USERS = "ana:restart-Juniper-84-crest:COUNSELLOR:Actiris";

    @Test
    void aDiagnosisSurvivesARestart(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("pan").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        String location;
        try (ConfigurableApplicationContext first = start(url)) {
            HttpResponse<String> created = post(port(first), "/api/v1/diagnoses",
                    "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}");
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
        }
        try (ConfigurableApplicationContext second = start(url)) {
            HttpResponse<String> read = get(port(second), location);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains(location.substring(location.lastIndexOf('/') + 1));
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(PanServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--pan.bootstrap-users=" + USERS);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("ana:restart-Juniper-84-crest".getBytes(StandardCharsets.UTF_8));
    }
}
