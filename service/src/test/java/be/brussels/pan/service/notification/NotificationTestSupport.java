package be.brussels.pan.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) on a free port of its own, started before the service and stopped after it, and
 * the helpers of the notification tests: a diagnosis, a referral, a transition, waiting for a condition.
 */
abstract class NotificationTestSupport extends ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** An offer of structure epn-13, the organisation of partner-sks. */
    static final String SKS_OFFER = "epn-13-access";
    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = startSmtpServer();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * A GreenMail SMTP server on {@link #SMTP_PORT}. The port is fixed for the context's life, and a test that
     * stood a silent server on it may leave it briefly in use: the start is tried again for up to 10 s.
     */
    static GreenMail startSmtpServer() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (true) {
            GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            try {
                server.start();
                return server;
            } catch (IllegalStateException portStillInUse) {
                server.stop();
                if (System.nanoTime() > deadline) {
                    throw portStillInUse;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw portStillInUse;
                }
            }
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new diagnosis (Esteban, reference A-2026-000123), made by the counsellor; its id. */
    String diagnosis() {
        try {
            String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
            ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", esteban);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            return json(created).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counsellor's answer to a new referral of that diagnosis to {@code offerId}, with that note. */
    ResponseEntity<String> refer(String diagnosisId, String offerId, String note) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", offerId).put("note", note);
        return call("counsellor", HttpMethod.POST, "/api/v1/referrals", body.toString());
    }

    ResponseEntity<String> move(String user, String id, String to, String reason) {
        ObjectNode body = JSON.createObjectNode().put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        if ("SCHEDULED".equals(to)) {
            // a referral without a booked session is scheduled with its appointment (issue 14); the place is free
            // text that no mail may carry
            body.putObject("appointment").put("at", "2026-12-08T09:00:00+01:00").put("place", "Rue Secrète 7");
        }
        return call(user, HttpMethod.POST, "/api/v1/referrals/" + id + "/transitions", body.toString());
    }

    /** Creates a user through the admin API, with an e-mail address, unless it exists (the context is shared). */
    void user(String username, String role, String organisation, String email) {
        if (call("admin", HttpMethod.GET, "/api/v1/admin/users/" + username, null).getStatusCode().value() == 404) {
            ObjectNode body = JSON.createObjectNode().put("username", username).put("password", PASSWORD).put("role", role)
                    .put("organisation", organisation).put("email", email);
            assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", body.toString()).getStatusCode().value())
                    .isEqualTo(201);
        }
    }

    void email(String username, String email) {
        ResponseEntity<String> set = call("admin", HttpMethod.PUT, "/api/v1/admin/users/" + username + "/email",
                JSON.createObjectNode().put("email", email).toString());
        assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
