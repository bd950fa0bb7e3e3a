package be.brussels.pan.service.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the packaged service is killed with SIGKILL while clients post diagnoses;
 * after a restart on the same H2 file, every diagnosis that was answered 201 is there.
 */
class KillDuringLoadIT {

    private static final Path JAR = Path.of("target", "pan-service.jar");
    private static final String USER = "load:kill-Harbor-63-fennel:COUNSELLOR:Actiris";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("load:kill-Harbor-63-fennel".getBytes(StandardCharsets.UTF_8));
    private static final String BODY = "{\"answers\":{\"device\":\"SMARTPHONE_ONLY\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"},\"profile\":{\"age\":57,\"postcode\":\"1080\",\"jobSeeker\":true}}";

    @Test
    void everyAcknowledgedDiagnosisIsThereAfterAKill(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process server = start(dir, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            awaitHealthy(client, port);
            // One diagnosis first, however long the first one takes (the rule base warms up: seconds on a loaded
            // machine), so that the six seconds of load below are load, not warm-up; it is acknowledged like the others.
            acknowledged.add(firstDiagnosis(client, port));
            for (int i = 0; i < 8; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/diagnoses"))
                                    .timeout(Duration.ofSeconds(5)).header("Authorization", AUTH)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                acknowledged.add(r.headers().firstValue("Location").orElseThrow());
                            }
                        } catch (IOException | InterruptedException e) {
                            // The server was killed under us: an unanswered request was never acknowledged.
                        }
                    }
                });
            }
            Thread.sleep(6000);
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        assertThat(acknowledged).as("diagnoses acknowledged before the kill").hasSizeGreaterThan(5);

        Process restarted = start(dir, port);
        try {
            awaitHealthy(client, port);
            List<String> missing = new ArrayList<>();
            for (String location : acknowledged) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                        .header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    missing.add(location);
                }
            }
            assertThat(missing).as("acknowledged diagnoses missing after the restart").isEmpty();
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path dir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("PAN_BOOTSTRAP_USERS", USER);
        return builder.start();
    }

    private static String firstDiagnosis(HttpClient client, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/diagnoses"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", AUTH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                return r.headers().firstValue("Location").orElseThrow();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no diagnosis stored within 120 s of health UP: " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(200); // health can say UP a moment before the bootstrap users exist (issue 15, readiness)
        }
    }

    private static void awaitHealthy(HttpClient client, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become healthy");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
