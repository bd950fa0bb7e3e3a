package be.brussels.pan.service.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.RosterJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 16's "Done when": two instances of the packaged jar on one PostgreSQL database behind HAProxy
 * ({@code tools/cluster/cluster.sh}). Steps alternate between the instances' own ports; the load and the kill go
 * through the balancer. The instance killed last is instance 2.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** cluster.sh's bootstrap users all have this password. */
    private static final String PASSWORD = "load-Ember-71-quiver";
    /** An offer of structure epn-13, the organisation of the bootstrap user partner. */
    private static final String OFFER = "epn-13-access";
    /** The job periods of this test: short, so that a dozen periods take seconds. */
    private static final Duration EXPIRY_INTERVAL = Duration.ofSeconds(2);
    /**
     * A dead instance's solve is FAILED within pan.rosters.heartbeat-timeout + sweep-interval (README), set short here:
     * 6 s + 2 s, with heartbeats every 2 s.
     */
    private static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(2);
    /** README: a user change made on another instance applies within 5 s (pan.security.user-cache-seconds). */
    private static final Duration USER_CACHE = Duration.ofSeconds(5);
    /** The run counter of the expiry job on /metrics (issue 16: counted only when the instance held the lock). */
    private static final String EXPIRY_RUNS = "jobs.referral-expiry.runs";

    private static Cluster cluster;
    private static String esteban;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        // The expiry job's lock is held a bit less than its period (README, pan.jobs.*), as in production.
        cluster = Cluster.start("--pan.referrals.expiry-initial-delay=PT1S --pan.referrals.expiry-interval="
                + EXPIRY_INTERVAL + " --pan.jobs.referral-expiry.lock-at-least-for=PT1.8S"
                + " --pan.jobs.referral-expiry.lock-at-most-for=PT1.8S --pan.rosters.heartbeat-interval=PT2S --pan.rosters.heartbeat-timeout=" + HEARTBEAT_TIMEOUT
                + " --pan.rosters.sweep-interval=" + SWEEP_INTERVAL);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    // (a) A referral's whole lifecycle, each step on the other instance; a browser session on both.

    @Test
    @Order(1)
    void referralsGoThroughTheirLifecycleWithEachStepOnTheOtherInstance() throws Exception {
        String diagnosis = created(send(1, "counsellor", "POST", "/api/v1/diagnoses", esteban), "diagnosis");
        String id = created(send(2, "counsellor", "POST", "/api/v1/referrals",
                "{\"diagnosisId\":\"" + diagnosis + "\",\"offerId\":\"" + OFFER + "\",\"note\":\"two instances\"}"), "referral");
        int instance = 1;
        for (String to : List.of("ACCEPTED", "SCHEDULED", "ATTENDED", "COMPLETED")) {
            HttpResponse<String> moved = send(instance, "partner", "POST", "/api/v1/referrals/" + id + "/transitions",
                    transition(to));
            assertThat(moved.statusCode()).as("%s on instance %d: %s", to, instance, moved.body()).isEqualTo(200);
            int other = 3 - instance;
            JsonNode seen = JSON.readTree(send(other, "counsellor", "GET", "/api/v1/referrals/" + id, null).body());
            assertThat(seen.get("status").asText()).as("instance %d sees the step made on %d", other, instance).isEqualTo(to);
            instance = other;
        }
        JsonNode done = JSON.readTree(send(1, "partner", "GET", "/api/v1/referrals/" + id, null).body());
        List<String> trail = new ArrayList<>();
        done.get("history").forEach(h -> trail.add(h.get("from").asText() + ">" + h.get("to").asText()));
        assertThat(trail).containsExactly("NEW>SENT", "SENT>ACCEPTED", "ACCEPTED>SCHEDULED", "SCHEDULED>ATTENDED",
                "ATTENDED>COMPLETED");
        assertThat(done.get("version").asInt()).isEqualTo(4);

        // A second one ends otherwise: refused on one instance, and a transition from the old state on the other is a 409.
        String refused = created(send(1, "counsellor", "POST", "/api/v1/referrals",
                "{\"diagnosisId\":\"" + diagnosis + "\",\"offerId\":\"" + OFFER + "\"}"), "referral");
        assertThat(send(2, "partner", "POST", "/api/v1/referrals/" + refused + "/transitions",
                "{\"to\":\"REFUSED\",\"reason\":\"no seat this month\"}").statusCode()).isEqualTo(200);
        assertThat(send(1, "partner", "POST", "/api/v1/referrals/" + refused + "/transitions", transition("ACCEPTED"))
                .statusCode()).as("a REFUSED referral cannot be accepted on the other instance").isEqualTo(409);
    }

    @Test
    @Order(2)
    void aBrowserSessionSurvivesASwitchOfInstance() throws Exception {
        Session session = formSignIn(1, "counsellor");
        for (int instance : new int[] {2, 1, 2}) {
            HttpResponse<String> me = me(instance, session);
            assertThat(me.statusCode()).as("/pages/me on instance %d with the session of instance 1: %s", instance,
                    me.body()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).get("role").asText()).isEqualTo("COUNSELLOR");
        }
        // A write of the page's kind (session cookie and XSRF token, no Basic credentials) on the other instance.
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(cluster.url(2) + "/api/v1/diagnoses"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", session.cookie() + "; XSRF-TOKEN=" + session.xsrf()).header("X-XSRF-TOKEN", session.xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(esteban)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    }

    // (c) A user disabled on one instance is refused by the other within the cache period the README states.

    @Test
    @Order(3)
    void aUserDisabledOnOneInstanceIsRefusedByTheOtherWithinTheCachePeriod() throws Exception {
        String user = "{\"username\":\"leaver\",\"password\":\"" + PASSWORD + "\",\"role\":\"COUNSELLOR\",\"organisation\":\"Actiris\"}";
        assertThat(send(1, "admin", "POST", "/api/v1/admin/users", user).statusCode()).isEqualTo(201);
        // Instance 2 reads the user (and caches it) before the change.
        assertThat(send(2, "leaver", "GET", "/api/v1/referrals", null).statusCode()).isEqualTo(200);

        // And a browser session of the user's, signed in on instance 2.
        Session session = formSignIn(2, "leaver");
        assertThat(me(2, session).statusCode()).isEqualTo(200);

        assertThat(send(1, "admin", "POST", "/api/v1/admin/users/leaver/disable", null).statusCode()).isEqualTo(200);
        long disabled = System.nanoTime();
        assertThat(send(1, "leaver", "GET", "/api/v1/referrals", null).statusCode()).as("at once on the same instance")
                .isEqualTo(401);
        // Instance 2 may serve the user from its cache for up to 5 s after the change: every request it accepts must
        // have been sent within 5 s of the disable's answer (the time a request takes on a loaded machine does not
        // count against the service), and it refuses the user after that.
        refusedWithinTheCachePeriod("HTTP Basic", disabled, () -> send(2, "leaver", "GET", "/api/v1/referrals", null).statusCode());
        refusedWithinTheCachePeriod("the browser session", disabled, () -> me(2, session).statusCode());
    }

    private void refusedWithinTheCachePeriod(String what, long disabled, java.util.concurrent.Callable<Integer> call)
            throws Exception {
        long lastAccepted = -1;
        int status;
        do {
            long sent = System.nanoTime();
            status = call.call();
            if (status == 200) {
                lastAccepted = sent - disabled;
                Thread.sleep(100);
            }
        } while (status == 200 && System.nanoTime() - disabled < USER_CACHE.plusSeconds(10).toNanos());
        System.out.printf("TwoInstancesIT: instance 2 accepted the disabled user (%s) %s%n", what, lastAccepted < 0
                ? "in no request after the disable" : "up to " + lastAccepted / 1_000_000 + " ms after the disable");
        assertThat(status).as("instance 2's answer to the disabled user (%s), %d ms after the disable", what,
                (System.nanoTime() - disabled) / 1_000_000).isEqualTo(401);
        assertThat(Duration.ofNanos(Math.max(lastAccepted, 0)))
                .as("the last request of the disabled user (%s) instance 2 accepted was sent after", what)
                .isLessThanOrEqualTo(USER_CACHE);
    }

    private HttpResponse<String> me(int instance, Session session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(cluster.url(instance) + "/pages/me"))
                .header("Accept", "application/json").header("Cookie", session.cookie()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // (d) The expiry job runs once per period, on one instance or the other, not on both.

    @Test
    @Order(4)
    void theExpiryJobRunsOncePerPeriodWithTwoInstances() throws Exception {
        long before = runs(expiryRuns(1)) + runs(expiryRuns(2));
        long start = System.nanoTime();
        Thread.sleep(EXPIRY_INTERVAL.multipliedBy(8).toMillis());
        long one = expiryRuns(1);
        long two = expiryRuns(2);
        // An instance that never held the lock has no counter yet (it is made at the first run): none at all would
        // be a wrong name, or no run.
        assertThat(Math.max(one, two)).as("%s on either instance's /metrics", EXPIRY_RUNS).isNotNegative();
        long runs = runs(one) + runs(two) - before;
        System.out.printf("TwoInstancesIT: the expiry job ran %d times in 8 periods (instance 1: %d, instance 2: %d in all)%n",
                runs, one, two);
        double periods = (System.nanoTime() - start) / (double) EXPIRY_INTERVAL.toNanos();
        // Each instance schedules every period; the lock lets one of them run it. Run on both, it would be ~16.
        assertThat(runs).as("runs of both instances in %.1f periods (%s each)", periods, EXPIRY_INTERVAL)
                .isBetween((long) Math.floor(periods) - 1, (long) Math.ceil(periods) + 1);
    }

    // (b) SIGKILL of instance 2 under a mixed load through HAProxy.

    @Test
    @Order(5)
    void killingOneInstanceUnderLoadLosesNoAcknowledgedWriteAndFailsOnlyWhatWasInFlight() throws Exception {
        String problem = JSON.writeValueAsString(JSON.readTree(RosterJson.write(
                ProblemGenerator.generate(Dimensions.forSessions(40), 11, true).problem())));
        // A long solve on the instance that will die, a short one on the survivor.
        String dying = created(send(2, "planner", "POST", "/api/v1/rosters?seconds=120", problem), "roster", 202);
        String surviving = created(send(1, "planner", "POST", "/api/v1/rosters?seconds=2", problem), "roster", 202);

        Load load = new Load();
        ExecutorService clients = Executors.newFixedThreadPool(Load.CLIENTS);
        for (int c = 0; c < Load.CLIENTS; c++) {
            int client = c;
            clients.submit(() -> load.run(client));
        }
        Thread.sleep(6000);
        long killFrom = System.nanoTime();
        cluster.kill(2);
        long killTo = System.nanoTime();
        long down = 0;
        while (down == 0 && System.nanoTime() - killTo < TimeUnit.SECONDS.toNanos(10)) {
            if (cluster.haproxyState(2).startsWith("DOWN")) {
                down = System.nanoTime();
            }
            Thread.sleep(50);
        }
        Thread.sleep(6000);
        load.running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(down).as("HAProxy marks the killed instance DOWN within 10 s").isPositive();
        // Each outcome is reported, not only the first that fails.
        SoftAssertions soft = new SoftAssertions();
        System.out.printf("TwoInstancesIT: %d requests, %d errors, HAProxy DOWN %d ms after the kill%n",
                load.requests.size(), load.errors().size(), (down - killTo) / 1_000_000);
        soft.assertThat(load.acknowledgedDiagnoses).as("diagnoses acknowledged").hasSizeGreaterThan(10);
        soft.assertThat(load.referralStates).as("referrals acknowledged").hasSizeGreaterThan(5);
        soft.assertThat(load.requests.stream().filter(r -> r.end() > killTo && r.ok()).count())
                .as("requests answered after the kill").isPositive();

        // Errors only for the requests in flight on the dead instance: those it had when it was killed, and those
        // HAProxy sent it while it was dying and before HAProxy marked it DOWN (a SIGKILLed JVM takes a moment to
        // exit, and its listening socket to close). So each error began before DOWN and ended after the kill; a
        // client has one request in flight at a time, and may be sent to the dying instance twice in that window.
        List<Load.Request> errors = load.errors();
        long downAt = down;
        soft.assertThat(errors).as("errors of requests not in flight on the dead instance (kill to DOWN: %d ms)",
                (down - killFrom) / 1_000_000)
                .allSatisfy(e -> assertThat(e.start() <= downAt && e.end() >= killFrom).as(e.toString()).isTrue());
        soft.assertThat(errors.size()).as("errors").isLessThanOrEqualTo(2 * Load.CLIENTS);
        soft.assertThat(Duration.ofNanos(down - killFrom)).as("kill to DOWN").isLessThan(Duration.ofSeconds(2));

        // The dead instance's solve is FAILED within the heartbeat timeout and a sweep (and a margin for this
        // machine), never SOLVING for ever; the survivor's is finished.
        String dyingStatus = awaitNotSolving(dying, Duration.ofNanos(killTo - System.nanoTime()).plus(HEARTBEAT_TIMEOUT)
                .plus(SWEEP_INTERVAL).plusSeconds(10));
        long failedAfter = (System.nanoTime() - killTo) / 1_000_000;
        System.out.printf("TwoInstancesIT: the killed instance's roster seen %s %d ms after the kill%n", dyingStatus, failedAfter);
        soft.assertThat(dyingStatus).as("the killed instance's roster").isIn("FAILED", "DONE");
        if ("FAILED".equals(dyingStatus)) {
            HttpResponse<String> restarted = send(0, "planner", "POST", "/api/v1/rosters/" + dying + "/restart", null);
            soft.assertThat(restarted.statusCode()).as("restart of the failed roster on the survivor: %s", restarted.body())
                    .isEqualTo(202);
        }
        soft.assertThat(awaitNotSolving(surviving, Duration.ofSeconds(60))).as("the survivor's roster").isEqualTo("DONE");
        // Every acknowledged write is there, read through the balancer (the survivor).
        List<String> missing = new ArrayList<>();
        for (String location : load.acknowledgedDiagnoses) {
            if (send(0, "counsellor", "GET", location, null).statusCode() != 200) {
                missing.add(location);
            }
        }
        for (Map.Entry<String, String> referral : load.referralStates.entrySet()) {
            HttpResponse<String> r = send(0, "counsellor", "GET", "/api/v1/referrals/" + referral.getKey(), null);
            String status = r.statusCode() == 200 ? JSON.readTree(r.body()).get("status").asText() : "missing";
            if (Load.STEPS.indexOf(status) < Load.STEPS.indexOf(referral.getValue())) {
                missing.add("referral " + referral.getKey() + ": " + status + ", acknowledged " + referral.getValue());
            }
        }
        soft.assertThat(missing).as("acknowledged writes missing after the kill").isEmpty();

        soft.assertAll();
    }

    private String awaitNotSolving(String roster, Duration within) throws Exception {
        long deadline = System.nanoTime() + Math.max(within.toNanos(), 0);
        String status;
        do {
            HttpResponse<String> r = send(0, "planner", "GET", "/api/v1/rosters/" + roster, null);
            status = r.statusCode() == 200 ? JSON.readTree(r.body()).get("status").asText() : "HTTP " + r.statusCode();
            if (!"SOLVING".equals(status)) {
                return status;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return status;
    }

    /** The mixed load: clients that diagnose, refer and move their referrals on, through the balancer. */
    private final class Load {
        static final int CLIENTS = 6;
        static final List<String> STEPS = List.of("SENT", "ACCEPTED", "SCHEDULED", "ATTENDED", "COMPLETED");

        record Request(String what, long start, long end, int status, String failure) {
            boolean ok() {
                return failure == null && status / 100 == 2;
            }
        }

        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
        final java.util.Set<String> acknowledgedDiagnoses = ConcurrentHashMap.newKeySet();
        /** Each acknowledged referral and the last state it was acknowledged in. */
        final Map<String, String> referralStates = new ConcurrentHashMap<>();

        List<Request> errors() {
            synchronized (requests) {
                return requests.stream().filter(r -> !r.ok()).toList();
            }
        }

        void run(int client) {
            String diagnosis = null;
            String referral = null;
            int step = 0;
            while (running.get()) {
                if (client % 3 == 0 || diagnosis == null) {
                    HttpResponse<String> r = timed("diagnosis", "counsellor", "POST", "/api/v1/diagnoses", esteban);
                    if (r != null && r.statusCode() == 201) {
                        String location = r.headers().firstValue("Location").orElseThrow();
                        acknowledgedDiagnoses.add(URI.create(location).getPath());
                        diagnosis = location.substring(location.lastIndexOf('/') + 1);
                    }
                } else if (referral == null || step == STEPS.size() - 1) {
                    HttpResponse<String> r = timed("referral", "counsellor", "POST", "/api/v1/referrals",
                            "{\"diagnosisId\":\"" + diagnosis + "\",\"offerId\":\"" + OFFER + "\"}");
                    if (r != null && r.statusCode() == 201) {
                        referral = id(r);
                        step = 0;
                        referralStates.put(referral, "SENT");
                    }
                } else {
                    String to = STEPS.get(step + 1);
                    HttpResponse<String> r = timed("transition " + to, "partner", "POST",
                            "/api/v1/referrals/" + referral + "/transitions", transition(to));
                    if (r != null && r.statusCode() == 200) {
                        step++;
                        referralStates.put(referral, to);
                    } else {
                        referral = null; // its state is unknown: the next one starts afresh
                    }
                }
            }
        }

        private HttpResponse<String> timed(String what, String user, String method, String path, String body) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = send(0, user, method, path, body);
                requests.add(new Request(what, start, System.nanoTime(), r.statusCode(),
                        r.statusCode() / 100 == 2 ? null : r.body()));
                return r;
            } catch (IOException e) {
                requests.add(new Request(what, start, System.nanoTime(), 0, e.toString()));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    // HTTP

    /** A request with Basic credentials to instance 1 or 2, or 0: the balancer. */
    private HttpResponse<String> send(int instance, String user, String method, String path, String body)
            throws IOException, InterruptedException {
        String base = instance == 0 ? cluster.balancerUrl() : cluster.url(instance);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String transition(String to) {
        ObjectNode body = JSON.createObjectNode().put("to", to);
        if ("SCHEDULED".equals(to)) {
            body.putObject("appointment").put("at", "2026-12-08T09:00:00+01:00");
        }
        return body.toString();
    }

    private static String created(HttpResponse<String> r, String what) throws IOException {
        return created(r, what, 201);
    }

    private static String created(HttpResponse<String> r, String what, int status) throws IOException {
        assertThat(r.statusCode()).as("%s: %s", what, r.body()).isEqualTo(status);
        return id(r);
    }

    private static String id(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body()).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expiry job's runs on this instance, or -1 when it has no counter (it never ran there). */
    private long expiryRuns(int instance) throws Exception {
        HttpResponse<String> r = send(instance, "admin", "GET", "/metrics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode metrics = JSON.readTree(r.body());
        JsonNode counter = metrics.path("counters").path(EXPIRY_RUNS);
        if (counter.isMissingNode()) {
            counter = metrics.path("meters").path(EXPIRY_RUNS);
        }
        if (counter.isMissingNode()) {
            return -1;
        }
        return counter.isNumber() ? counter.asLong() : counter.path("count").asLong();
    }

    private static long runs(long counter) {
        return Math.max(counter, 0);
    }

    /** A browser session of a form sign-in on one instance: its session cookie ("NAME=value") and XSRF token. */
    private record Session(String cookie, String xsrf) {
    }

    private Session formSignIn(int instance, String user) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(cluster.url(instance) + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page.headers(), "XSRF-TOKEN");
        assertThat(xsrf).as("the login page's XSRF token").isNotNull();
        String form = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + xsrf;
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(cluster.url(instance) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // Spring Session names its cookie SESSION; the servlet container's own is JSESSIONID.
        for (String name : new String[] {"SESSION", "JSESSIONID"}) {
            String value = cookie(login.headers(), name);
            if (value != null) {
                String newXsrf = cookie(login.headers(), "XSRF-TOKEN");
                return new Session(name + "=" + value, newXsrf != null && !newXsrf.isEmpty() ? newXsrf : xsrf);
            }
        }
        throw new AssertionError("no session cookie after the sign-in: " + login.headers().allValues("set-cookie"));
    }

    private static String cookie(HttpHeaders headers, String name) {
        for (String c : headers.allValues("set-cookie")) {
            if (c.startsWith(name + "=")) {
                int end = c.indexOf(';');
                return c.substring(name.length() + 1, end > 0 ? end : c.length());
            }
        }
        return null;
    }
}
