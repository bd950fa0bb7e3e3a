package be.brussels.pan.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.PanServiceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code postgres} profile on a real PostgreSQL server: the same Flyway migrations, a diagnosis stored
 * and read back. {@code .ci/postgres.sh} installs and starts the server and sets PAN_TEST_PG_URL,
 * PAN_TEST_PG_USER and PAN_TEST_PG_PASSWORD. Without them the test is skipped on a developer's machine,
 * and fails under CI=true.
 */
class PostgresProfileTest {

    @Test
    void theServiceRunsOnPostgresql() throws Exception {
        TestPostgres pg = TestPostgres.orSkip("the postgres profile");
        pg.execute("drop schema if exists public cascade");
        pg.execute("create schema public");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PanServiceApplication.class).run(
                "--spring.profiles.active=postgres", "--server.port=0", "--PAN_DB_URL=" + pg.url(), "--PAN_DB_USER=" + pg.user(),
                "--PAN_DB_PASSWORD=" + pg.password(), "--pan.bootstrap-users=ana:pg-Walnut-46-prism:COUNSELLOR:Actiris")) {
            int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("ana:pg-Walnut-46-prism".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/diagnoses"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"},\"profile\":{\"postcode\":\"1080\"}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();

            HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("PostgreSQL");
        }
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from diagnoses where commune_code = '21012'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /** Each run starts from an empty schema, so that every migration runs on PostgreSQL. */
}
