package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.security.ThrottleClock;
import be.brussels.pan.service.support.ApiTest;
import be.brussels.pan.service.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * Attack row "brute force" (issue 15, "Passwords").
 *
 * <p>The attack: guess a user's password over HTTP Basic (and the login form) as fast as the service answers.
 * Before: no throttling or lockout; 200 wrong Basic passwords went through in 15.6 s, each one checked, and then the
 * right one worked. Now: after 5 failures of a (user, address) pair, each further attempt must wait (1 s, doubling,
 * at most 5 min); an attempt within the wait is answered 429 with {@code Retry-After} without its password being
 * checked, even the right one; the guesser is held far under 1 guess per second after 10 failures, while the user
 * signs in at once from an address she has used, and from any address once the wait is over. Every failure and lock
 * is counted in the metrics.
 *
 * <p>The back-off's clock is a {@link MutableClock} moved by the test (no sleeping through waits). Client addresses
 * come from {@code X-Forwarded-For}, as behind a proxy ({@code server.forward-headers-strategy=native}; Tomcat
 * trusts it from loopback only).
 */
@Import(BruteForceAttackTest.Clock.class)
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class BruteForceAttackTest extends ApiTest {

    @TestConfiguration
    static class Clock {
        static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));

        @Bean
        @Primary
        ThrottleClock testThrottleClock() {
            return new ThrottleClock(CLOCK);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VICTIM_PASSWORD = "Orchid-73-lantern-quay";
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ThrottleClock clock;

    /** A fresh user per test: the throttle's memory lasts as long as the service. */
    private String victim(String name) {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + VICTIM_PASSWORD
                + "\",\"role\":\"COUNSELLOR\",\"organisation\":\"Actiris\"}";
        assertThat(call("admin", HttpMethod.POST, "/api/v1/admin/users", body).getStatusCode().value()).isEqualTo(201);
        return name;
    }

    private HttpResponse<String> basic(String user, String password, String address) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/offers")).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void twoHundredFastGuessesGetFiveChecksAndThenTheRightPasswordWaitsToo() throws Exception {
        String user = victim("bf.fast");
        int checked = 0;
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> guess = basic(user, "guess-number-" + i, null);
            if (guess.statusCode() == 401) {
                checked++;
            } else {
                assertThat(guess.statusCode()).as("guess " + i).isEqualTo(429);
                assertThat(guess.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(retryAfter(guess)).isBetween(1L, 300L);
                assertThat(guess.body()).doesNotContain("guess-number").doesNotContain(user);
                refused++;
            }
        }
        // It used to be 200 checked, 0 refused.
        assertThat(checked).isEqualTo(5);
        assertThat(refused).isEqualTo(195);

        HttpResponse<String> right = basic(user, VICTIM_PASSWORD, null);
        assertThat(right.statusCode()).as("the right password, within the wait").isEqualTo(429);
        Clock.CLOCK.advance(Duration.ofSeconds(retryAfter(right)));
        assertThat(basic(user, VICTIM_PASSWORD, null).statusCode()).as("once the wait is over").isEqualTo(200);
    }

    @Test
    void aGuesserWhoGuessesAsSoonAsAllowedIsHeldFarUnderOneGuessPerSecondAfterTenFailures() throws Exception {
        String user = victim("bf.patient");
        Instant start = clock.now();
        Instant tenth = null;
        int checked = 0;
        // At most 200 requests: about 40 are needed now; without the back-off they would be 18,000 (checked).
        for (int requests = 0; requests < 200 && Duration.between(start, clock.now()).compareTo(Duration.ofMinutes(30)) < 0;
                requests++) {
            HttpResponse<String> guess = basic(user, "patient-guess-" + checked, "203.0.113.66");
            if (guess.statusCode() == 429) {
                Clock.CLOCK.advance(Duration.ofSeconds(retryAfter(guess)));
            } else {
                assertThat(guess.statusCode()).isEqualTo(401);
                checked++;
                if (checked == 10) {
                    tenth = clock.now();
                }
                Clock.CLOCK.advance(Duration.ofMillis(100));
            }
        }
        assertThat(Duration.between(start, clock.now())).as("the 30 minutes were played").isGreaterThanOrEqualTo(Duration.ofMinutes(30));
        double afterTenth = Duration.between(tenth, clock.now()).toSeconds();
        // 5 free, then waits of 1, 2, 4 … 256 s, then one guess per 5 min: 19 in 30 min instead of about 18,000.
        assertThat((checked - 10) / afterTenth).isLessThanOrEqualTo(1.0);
        assertThat(checked).isBetween(15, 25);
    }

    @Test
    void theUserIsNotLockedOutFromHerOwnAddressNorForEver() throws Exception {
        String user = victim("bf.victim");
        assertThat(basic(user, VICTIM_PASSWORD, "10.0.0.5").statusCode()).as("her office").isEqualTo(200);
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> guess = basic(user, "attacker-" + i, "203.0.113.7");
            if (guess.statusCode() == 429 && i < 39) {
                Clock.CLOCK.advance(Duration.ofSeconds(retryAfter(guess)));
            }
        }
        assertThat(basic(user, "attacker-x", "203.0.113.7").statusCode()).as("the guesser waits").isEqualTo(429);
        // From the address she signed in from, the guesser's failures elsewhere do not slow her down.
        assertThat(basic(user, VICTIM_PASSWORD, "10.0.0.5").statusCode()).isEqualTo(200);
        // From an address she never used, the user's own wait applies (that is what holds a guesser with many
        // addresses), but for at most 5 minutes after the guesser's last failure.
        HttpResponse<String> elsewhere = basic(user, VICTIM_PASSWORD, "192.0.2.9");
        assertThat(elsewhere.statusCode()).isEqualTo(429);
        assertThat(retryAfter(elsewhere)).isLessThanOrEqualTo(300);
        Clock.CLOCK.advance(Duration.ofSeconds(retryAfter(elsewhere)));
        assertThat(basic(user, VICTIM_PASSWORD, "192.0.2.9").statusCode()).isEqualTo(200);
    }

    @Test
    void guessesFromManyAddressesAreHeldByTheUsersOwnCount() throws Exception {
        String user = victim("bf.botnet");
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            if (basic(user, "botnet-" + i, "198.51.100." + i).statusCode() == 401) {
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void theLoginFormIsThrottledLikeBasic() throws Exception {
        String user = victim("bf.form");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = form(user, "form-guess-" + i, "text/html");
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        // A browser is sent back to the login page, which says how long to wait; a script gets the 429 problem.
        HttpResponse<String> browser = form(user, VICTIM_PASSWORD, "text/html");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location").orElse("")).matches(".*/login\\?throttled=[0-9]+$");
        HttpResponse<String> script = form(user, VICTIM_PASSWORD, "application/json");
        assertThat(script.statusCode()).isEqualTo(429);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Clock.CLOCK.advance(Duration.ofSeconds(retryAfter(script)));
        HttpResponse<String> after = form(user, VICTIM_PASSWORD, "text/html");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("throttled");
    }

    @Test
    void aStolenSessionCannotGuessTheCurrentPasswordFasterThanTheForm() throws Exception {
        String user = victim("bf.change");
        String[] session = signIn(user, "10.9.9.9");
        int checked = 0;
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> change = client.send(HttpRequest.newBuilder(uri("/api/v1/me/password"))
                    .header("Cookie", "SESSION=" + session[0] + "; XSRF-TOKEN=" + session[1])
                    .header("X-XSRF-TOKEN", session[1]).header("X-Forwarded-For", "10.9.9.9")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"current\":\"current-guess-" + i
                            + "\",\"new\":\"Brand-new-Pw-4471-q\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (change.statusCode() == 400) {
                assertThat(JSON.readTree(change.body()).get("field").asText()).isEqualTo("current");
                assertThat(change.body()).doesNotContain("current-guess");
                checked++;
            } else {
                assertThat(change.statusCode()).as(change.body()).isEqualTo(429);
                assertThat(change.headers().firstValue("Retry-After")).isPresent();
                refused++;
            }
        }
        assertThat(checked).isEqualTo(5);
        assertThat(refused).isEqualTo(15);
    }

    @Test
    void everyFailureLockAndRefusalIsCountedWithoutAUserNameInAnyMetric() throws Exception {
        String user = victim("bf.metered");
        JsonNode before = meters();
        int failures = 0;
        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            int status = basic(user, "metered-" + i, "203.0.113.99").statusCode();
            failures += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        JsonNode after = meters();
        assertThat(count(after, "auth.failures") - count(before, "auth.failures")).isEqualTo(failures);
        assertThat(count(after, "auth.failures.bad-credentials") - count(before, "auth.failures.bad-credentials"))
                .isEqualTo(failures);
        assertThat(count(after, "auth.locks.pair") - count(before, "auth.locks.pair")).isEqualTo(1);
        assertThat(count(after, "auth.throttled") - count(before, "auth.throttled")).isEqualTo(throttled);
        JsonNode all = JSON.readTree(call("admin", HttpMethod.GET, "/metrics", null).getBody());
        assertThat(all.get("gauges").get("auth.locked.pair").asInt()).isPositive();
        for (Iterator<JsonNode> groups = all.elements(); groups.hasNext(); ) {
            groups.next().fieldNames().forEachRemaining(name ->
                    assertThat(name).doesNotContain(user).doesNotContain("203.0.113"));
        }
    }

    private JsonNode meters() throws Exception {
        return JSON.readTree(call("admin", HttpMethod.GET, "/metrics", null).getBody()).get("meters");
    }

    private static long count(JsonNode meters, String name) {
        JsonNode meter = meters.get(name);
        return meter == null ? 0 : meter.get("count").asLong();
    }

    /** Signs in through the form from {@code address}: the session id and the XSRF token. */
    private String[] signIn(String user, String address) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page.headers(), "XSRF-TOKEN");
        String body = "username=" + user + "&password=" + URLEncoder.encode(VICTIM_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + xsrf;
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return new String[] {cookie(login.headers(), "SESSION"), xsrf};
    }

    /** A post of the login form, with its CSRF token, accepting {@code accept}. */
    private HttpResponse<String> form(String user, String password, String accept) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page.headers(), "XSRF-TOKEN");
        String body = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + xsrf;
        return client.send(HttpRequest.newBuilder(uri("/login")).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
