package be.brussels.pan.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.diagnosis.DiagnosisService;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.support.TwoInstances;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Issue 16, graceful shutdown: told to stop while serving, the service turns its readiness DOWN first, goes on serving
 * for {@code pan.shutdown.drain-delay}, lets the request in flight finish, and stores every write it acknowledged
 * (the group commit stops after the web server). Before: the context closed the web server at once (requests in
 * flight were cut), and while stopping every request was a 503.
 */
class GracefulShutdownTest {

    private static final String PASSWORD = "load-Ember-71-quiver";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString(("ana:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String DIAGNOSIS = "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\","
            + "\"onlineProcedures\":\"CANNOT\"},\"profile\":{\"postcode\":\"1080\"}}";
    private static final long DRAIN_MILLIS = 2_000;
    /** Longer than the drain: the slow request is still in flight when the web server starts its graceful stop. */
    private static final long SLOW_MILLIS = 4_000;
    private static final CountDownLatch SLOW_ENTERED = new CountDownLatch(1);

    /** One answer of the load: when, what status, the diagnosis's id for a 201; status -1: no answer (refused). */
    private record Answer(long atNanos, int status, String id) {
    }

    @Test
    void aStopDrainsThenFinishesWhatIsInFlightAndKeepsEveryAcknowledgedWrite() throws Exception {
        try (TwoInstances cluster = TwoInstances.onOneDatabase("shutdown")) {
            ConfigurableApplicationContext instance = cluster.start(new Class<?>[] {SlowEndpoint.class},
                    "--pan.bootstrap-users=ana:" + PASSWORD + ":COUNSELLOR:Actiris",
                    "--pan.shutdown.drain-delay=PT" + DRAIN_MILLIS / 1000 + "S");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            assertThat(post(client, cluster, "/api/v1/diagnoses").status()).isEqualTo(201);

            CompletableFuture<Answer> slow = CompletableFuture.supplyAsync(() -> post(client, cluster, "/test/slow-diagnosis"));
            assertThat(SLOW_ENTERED.await(10, TimeUnit.SECONDS)).as("the slow request is in its handler").isTrue();

            List<Answer> load = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean loading = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                Thread thread = new Thread(() -> {
                    while (loading.get()) {
                        load.add(post(client, cluster, "/api/v1/diagnoses"));
                    }
                }, "load-" + c);
                thread.start();
                clients.add(thread);
            }
            Thread.sleep(300);

            long closeStarted = System.nanoTime();
            CompletableFuture<Void> closing = CompletableFuture.runAsync(instance::close);
            long readinessDown = -1;
            while (readinessDown < 0 && System.nanoTime() - closeStarted < TimeUnit.SECONDS.toNanos(1)) {
                if (get(client, cluster, "/actuator/health/readiness") == 503) {
                    readinessDown = System.nanoTime();
                }
            }
            assertThat(readinessDown).as("readiness turned DOWN within a second of the stop").isPositive();
            int duringDrain = get(client, cluster, "/api/v1/offers");
            closing.get(30, TimeUnit.SECONDS);
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closeStarted);
            loading.set(false);
            for (Thread thread : clients) {
                thread.join();
            }

            assertThat(duringDrain).as("a request after readiness went DOWN is still served").isEqualTo(200);
            long drainEnd = readinessDown;
            assertThat(load).as("diagnoses stored and answered while draining")
                    .anyMatch(a -> a.status() == 201 && a.atNanos() > drainEnd);
            assertThat(closeMillis).as("the stop waited for the drain and the request in flight")
                    .isGreaterThanOrEqualTo(DRAIN_MILLIS);
            Answer slowAnswer = slow.get(5, TimeUnit.SECONDS);
            assertThat(slowAnswer.status()).as("the request in flight finished").isEqualTo(201);

            List<String> acknowledged = new ArrayList<>(load.stream().filter(a -> a.status() == 201).map(Answer::id).toList());
            acknowledged.add(slowAnswer.id());
            var database = cluster.jdbcOutside();
            for (String id : acknowledged) {
                assertThat(database.sql("select count(*) from diagnoses where id = ?").param(UUID.fromString(id))
                        .query(Long.class).single()).as("acknowledged diagnosis %s is stored", id).isEqualTo(1);
            }
            // Whatever was not answered 201 was refused (no connection) or a 503: never a 500.
            assertThat(load).allMatch(a -> a.status() == 201 || a.status() == -1 || a.status() == 503, "201, 503 or refused");
        }
    }

    private static Answer post(HttpClient client, TwoInstances cluster, String path) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(cluster.uri(0, path))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", BASIC).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(DIAGNOSIS)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            return new Answer(System.nanoTime(), answer.statusCode(),
                    location.isEmpty() ? null : location.substring(location.lastIndexOf('/') + 1));
        } catch (IOException refused) {
            return new Answer(System.nanoTime(), -1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(System.nanoTime(), -1, null);
        }
    }

    private static int get(HttpClient client, TwoInstances cluster, String path) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(cluster.uri(0, path)).header("Authorization", BASIC)
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return -1;
        }
    }

    /**
     * A request that takes {@link #SLOW_MILLIS} before it stores a diagnosis, as the real endpoint does. A functional
     * route in a class without a stereotype, so that no other test's component scan picks it up.
     */
    static class SlowEndpoint {
        @Bean
        RouterFunction<ServerResponse> slowDiagnosis(DiagnosisService diagnoses) {
            return RouterFunctions.route().POST("/test/slow-diagnosis", request -> {
                SLOW_ENTERED.countDown();
                Thread.sleep(SLOW_MILLIS);
                PanUser user = (PanUser) ((Authentication) request.principal().orElseThrow()).getPrincipal();
                DiagnosisService.Diagnosed stored = diagnoses.diagnoseAndStore(request.body(byte[].class), user);
                return ServerResponse.status(201).header("Location", "/api/v1/diagnoses/" + stored.id().orElseThrow())
                        .build();
            }).build();
        }
    }
}
