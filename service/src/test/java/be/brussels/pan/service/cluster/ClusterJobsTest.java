package be.brussels.pan.service.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.support.TwoInstances;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 16: with two instances on one database, a scheduled job runs once per period cluster-wide, not once per
 * instance. The periods are shortened to 2 s; the runs are read from each instance's {@code jobs.NAME.runs}, as the
 * harness reads them from {@code /metrics}.
 */
class ClusterJobsTest {

    private static final String PASSWORD = "load-Ember-71-quiver";
    private static final long PERIOD_MILLIS = 2_000;
    private static final int PERIODS = 6;
    private static final String[] SHORT_PERIODS = {
            "--pan.bootstrap-users=adm:" + PASSWORD + ":ADMIN:CIN",
            "--pan.referrals.expiry-interval=PT2S", "--pan.referrals.expiry-initial-delay=PT0.5S",
            "--pan.jobs.referral-expiry.lock-at-least-for=PT1.8S", "--pan.jobs.referral-expiry.lock-at-most-for=PT1.8S",
            "--pan.sessions.cleanup-interval=PT2S",
            "--pan.jobs.session-cleanup.lock-at-least-for=PT1.8S", "--pan.jobs.session-cleanup.lock-at-most-for=PT1.8S"};

    @Test
    void eachJobRunsOncePerPeriodAcrossBothInstances() throws Exception {
        try (TwoInstances cluster = TwoInstances.onOneDatabase("jobs")) {
            cluster.start(SHORT_PERIODS);
            cluster.start(SHORT_PERIODS);
            // Both instances are up and ticking (each every 2 s, in phases of their own).
            long expiryBefore = runs(cluster, "referral-expiry");
            long cleanupBefore = runs(cluster, "session-cleanup");

            Thread.sleep(PERIODS * PERIOD_MILLIS);

            long expiry = runs(cluster, "referral-expiry") - expiryBefore;
            long cleanup = runs(cluster, "session-cleanup") - cleanupBefore;
            // Runs are 1.8 to about 2 s apart, on either instance: 6 in 12 s, one fewer or more at the window's edges.
            // Without the lock it would be twice as many (each instance every 2 s), as with a lock released at once.
            assertThat(expiry).as("referral-expiry runs in %d periods, both instances", PERIODS)
                    .isBetween((long) PERIODS - 1, (long) PERIODS + 1);
            assertThat(cleanup).as("session-cleanup runs in %d periods, both instances", PERIODS)
                    .isBetween((long) PERIODS - 1, (long) PERIODS + 1);

            // The lock row says which instance ran last, with the database's time.
            assertThat(cluster.jdbc().sql("select count(*) from shedlock where name in ('referral-expiry', 'session-cleanup')")
                    .query(Long.class).single()).isEqualTo(2);

            // The counters are on each instance's /metrics, where the harness adds them up.
            long overHttp = 0;
            for (int i = 0; i < 2; i++) {
                overHttp += metricsCounter(cluster, i, "jobs.referral-expiry.runs");
            }
            assertThat(overHttp).isGreaterThanOrEqualTo(expiry);
        }
    }

    @Test
    void aLockThatWouldSkipPeriodsStopsTheStart() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("pan.referrals.expiry-interval", "PT15M")
                .withProperty("pan.retention.interval", "PT1H")
                .withProperty("pan.idempotency.purge-interval", "PT15M")
                .withProperty("pan.notifications.poll-interval", "PT30S")
                .withProperty("pan.sessions.cleanup-interval", "PT1M");
        for (String job : new String[] {"referral-expiry", "retention", "idempotency-purge", "notification-poll",
                "session-cleanup"}) {
            settings.withProperty("pan.jobs." + job + ".lock-at-least-for", "PT20S")
                    .withProperty("pan.jobs." + job + ".lock-at-most-for", "PT20S");
        }
        ClusterJobs.check(settings);

        settings.withProperty("pan.jobs.referral-expiry.lock-at-least-for", "PT15M")
                .withProperty("pan.jobs.referral-expiry.lock-at-most-for", "PT15M");
        assertThatThrownBy(() -> ClusterJobs.check(settings)).hasMessageContaining(
                "pan.jobs.referral-expiry.lock-at-least-for must be positive and shorter than pan.referrals.expiry-interval");
        settings.withProperty("pan.jobs.referral-expiry.lock-at-least-for", "PT14M")
                .withProperty("pan.jobs.referral-expiry.lock-at-most-for", "PT1M");
        assertThatThrownBy(() -> ClusterJobs.check(settings)).hasMessageContaining(
                "pan.jobs.referral-expiry.lock-at-most-for must be at least pan.jobs.referral-expiry.lock-at-least-for");
    }

    private static long runs(TwoInstances cluster, String job) {
        long sum = 0;
        for (int i = 0; i < 2; i++) {
            sum += cluster.bean(i, PanMetrics.class).registry().counter("jobs." + job + ".runs").getCount();
        }
        return sum;
    }

    private static long metricsCounter(TwoInstances cluster, int instance, String name) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("adm:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(cluster.uri(instance, "/metrics"))
                .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        JsonNode counter = new ObjectMapper().readTree(metrics.body()).path("counters").path(name);
        return counter.isMissingNode() ? 0 : counter.asLong();
    }
}
