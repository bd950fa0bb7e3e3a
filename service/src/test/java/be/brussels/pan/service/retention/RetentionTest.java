package be.brussels.pan.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisRemoval;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.notification.NotificationOutbox;
import be.brussels.pan.service.referral.ReferralRemoval;
import be.brussels.pan.service.referral.ReferralStore;
import be.brussels.pan.service.stats.PublishedStatistics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retention job, run with a clock fixed at the test's start, on cases moved back in time. Batches of 3 (a context
 * and database of its own), so that a run of several batches is seen.
 */
@TestPropertySource(properties = "pan.retention.batch-size=3")
@ExtendWith(OutputCaptureExtension.class)
class RetentionTest extends CasesSupport {

    private static final Duration PERIOD = Duration.ofDays(730);

    @Autowired
    DiagnosisRemoval diagnosisRemoval;
    @Autowired
    ReferralRemoval referralRemoval;
    @Autowired
    NotificationOutbox notifications;
    @Autowired
    CaseRemoval cases;
    @Autowired
    RetentionConfig.RetentionPolicy policy;
    @Autowired
    PanMetrics metrics;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DiagnosisStore diagnoses;
    @Autowired
    ReferralStore referrals;
    @Autowired
    PublishedStatistics statistics;
    @Autowired
    RetentionJob scheduledJob;

    /** The retention job's service with its clock at {@code now}. */
    private Retention at(Instant now) {
        return new Retention(diagnosisRemoval, referralRemoval, notifications, cases, policy,
                Clock.fixed(now, ZoneOffset.UTC), metrics, transactions);
    }

    @Test
    void theDefaultsComeFromConfiguration() {
        assertThat(policy.after()).isEqualTo(PERIOD); // application.yml, pan.retention.days
        assertThat(policy.batchSize()).isEqualTo(3); // this test's pan.retention.batch-size
    }

    @Test
    void aCaseUnchangedForTheRetentionPeriodIsRemovedWholeAndACaseStillMovingIsKept() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant cutoff = now.minus(PERIOD);
        String reference = "RET-" + UUID.randomUUID().toString().substring(0, 8);

        // A: diagnosed and referred long ago, refused with a reason, a mail about it: all past the cut-off.
        String a = diagnosis(reference);
        String aReferral = referral(a, "Mme Dupont, 0470 12 34 56", null);
        move(aReferral, "REFUSED", "full until June");
        mail(aReferral, cutoff.minusSeconds(60));
        backdate(a, cutoff.minus(Duration.ofDays(1)), cutoff.minusSeconds(1));
        // B: diagnosed long ago, but its referral changed since the cut-off: the case is still moving.
        String b = diagnosis(reference);
        String bReferral = referral(b, "follow-up", null);
        mail(bReferral, cutoff.minusSeconds(60)); // a mail past the cut-off goes, whatever its referral
        mail(bReferral, now.minusSeconds(60));
        backdate(b, cutoff.minus(Duration.ofDays(1)), cutoff.plusSeconds(1));
        // C: created exactly at the cut-off (kept); D: a second before it, without referral (removed).
        String c = diagnosis(reference);
        backdate(c, cutoff, cutoff);
        String d = diagnosis(reference);
        backdate(d, cutoff.minusSeconds(1), cutoff.minusSeconds(1));
        long removedBefore = metrics.registry().counter("retention.diagnoses").getCount();

        Removed removed = at(now).removeExpired();

        assertThat(removed).isEqualTo(new Removed(2, 1, 2, 2, 0));
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + a, null).getStatusCode().value()).isEqualTo(404);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + d, null).getStatusCode().value()).isEqualTo(404);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + aReferral, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(count("select count(*) from referral_transitions where referral_id = ?", UUID.fromString(aReferral)))
                .isZero();
        assertThat(count("select count(*) from notification_outbox where referral_id = ?", UUID.fromString(aReferral)))
                .isZero();
        // nothing of A is left anywhere: neither its note nor its reason
        assertThat(count("select count(*) from referrals where note like '%Dupont%'")).isZero();
        assertThat(count("select count(*) from referral_transitions where reason = 'full until June'")).isZero();
        // B and C are kept whole (B's recent mail too), D is gone
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + b, null).getStatusCode().value()).isEqualTo(200);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/referrals/" + bReferral, null).getStatusCode().value())
                .isEqualTo(200);
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + c, null).getStatusCode().value()).isEqualTo(200);
        assertThat(count("select count(*) from notification_outbox where referral_id = ?", UUID.fromString(bReferral)))
                .isEqualTo(1);
        assertThat(count("select count(*) from diagnoses where reference = ?", reference)).isEqualTo(2);
        assertThat(metrics.registry().counter("retention.diagnoses").getCount() - removedBefore).isEqualTo(2);

        // idempotent: a second run finds nothing more
        assertThat(at(now).removeExpired()).isEqualTo(Removed.NOTHING);
        // and a later run takes B once its referral is old enough too
        assertThat(at(now.plus(Duration.ofDays(1))).removeExpired().diagnoses()).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from diagnoses where reference = ?", reference)).isZero();
    }

    @Test
    void theStatisticsOfThePastStayWhatTheyWere() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = now.minus(PERIOD).minus(Duration.ofDays(30)).atZone(Week.ZONE).toLocalDate();
        // 7 diagnoses that day, from 08:00 to 23:59 Brussels time (the last is the next day in UTC), one with an
        // override of an exclusion
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = diagnosis("STATS-" + i);
            OffsetDateTime at = i == 6 ? day.atTime(23, 59).atZone(Week.ZONE).toOffsetDateTime()
                    : day.atTime(8 + i, 0).atZone(Week.ZONE).toOffsetDateTime();
            if (i == 0) {
                String overridden = referral(id, "override", null);
                jdbc.sql("update referrals set override_rule = 'exclude-test', override_reason = 'because' where id = ?")
                        .param(UUID.fromString(overridden)).update();
            }
            backdate(id, at.toInstant(), at.toInstant());
            ids.add(id);
        }
        OffsetDateTime from = day.atStartOfDay(Week.ZONE).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(Week.ZONE).toOffsetDateTime();
        DiagnosisCounts counts = diagnoses.counts(from, to);
        var overrides = referrals.overridesByRule(from, to);
        // statistics 2.0 keep a month as first published (V19); the release is dropped below, so that the month is
        // computed again, from what retention kept
        YearMonth ofDay = YearMonth.from(day);
        PublishedStatistics.Stats month = statistics.month(ofDay);
        assertThat(counts.total()).isEqualTo(7);
        assertThat(overrides).containsEntry("exclude-test", 1L);

        at(now).removeExpired();

        assertThat(count("select count(*) from diagnoses where created_at >= ? and created_at < ?", from, to)).isZero();
        assertThat(diagnoses.counts(from, to)).isEqualTo(counts);
        assertThat(referrals.overridesByRule(from, to)).isEqualTo(overrides);
        jdbc.sql("delete from stats_releases where release_month = ?").param(ofDay.toString()).update();
        assertThat(statistics.month(ofDay)).isEqualTo(month);
        // the day before and the day after count nothing of them
        assertThat(diagnoses.counts(from.minusDays(1), from).total()).isZero();
        assertThat(diagnoses.counts(to, to.plusDays(1)).total()).isZero();
        // what is kept: counts by day and dimension, no id, reference or time of day
        assertThat(jdbc.sql("select distinct day_start from diagnosis_tallies where day_start >= ? and day_start < ?")
                .params(from, to).query(OffsetDateTime.class).list())
                .singleElement().satisfies(d -> assertThat(d.toInstant()).isEqualTo(from.toInstant()));
    }

    @Test
    void batchesRemoveEveryCaseAndASeatHeldIsGivenBack() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant old = now.minus(PERIOD).minus(Duration.ofDays(2));
        UUID session = session(10);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // 8 cases in batches of 3
            String id = diagnosis("BATCH-" + i);
            referral(id, "note " + i, i < 2 ? session : null);
            backdate(id, old.plusSeconds(i), old.plusSeconds(i));
            ids.add(id);
        }
        assertThat(bookedSeats(session)).isEqualTo(2);
        long freedBefore = metrics.registry().counter("retention.seats-freed").getCount();

        Removed removed = at(now).removeExpired();

        assertThat(removed.diagnoses()).isGreaterThanOrEqualTo(8); // and any other test's old cases
        for (String id : ids) {
            assertThat(count("select count(*) from diagnoses where id = ?", UUID.fromString(id))).isZero();
            assertThat(count("select count(*) from referrals where diagnosis_id = ?", UUID.fromString(id))).isZero();
        }
        assertThat(bookedSeats(session)).isZero();
        assertThat(metrics.registry().counter("retention.seats-freed").getCount() - freedBefore).isEqualTo(2);
    }

    @Test
    void theJobIsScheduledAndLogsCountsOnly(CapturedOutput output) throws Exception {
        assertThat(RetentionJob.class.getMethod("scheduled").getAnnotation(Scheduled.class)).isNotNull();
        assertThat(RetentionJob.class.getMethod("scheduled")
                .getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)).isNotNull();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String reference = "LOGGED-" + UUID.randomUUID().toString().substring(0, 8);
        String id = diagnosis(reference);
        String referral = referral(id, "a note", null);
        backdate(id, now.minus(PERIOD).minusSeconds(5), now.minus(PERIOD).minusSeconds(5));

        new RetentionJob(at(now)).run();

        assertThat(output).contains("retention (730 days): removed ").doesNotContain(reference).doesNotContain(id)
                .doesNotContain(referral);
        // the scheduled bean, on the real clock, finds nothing that recent
        String fresh = diagnosis(reference);
        scheduledJob.run();
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/diagnoses/" + fresh, null).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void theSettingsAreChecked() {
        RetentionConfig config = new RetentionConfig();
        assertThat(config.retentionPolicy(730, 500, 1)).isEqualTo(new RetentionConfig.RetentionPolicy(PERIOD, 500));
        assertThatThrownBy(() -> config.retentionPolicy(0, 500, 1)).hasMessageContaining("pan.retention.days");
        // one month of demand before the current one: the diagnoses of up to 2 x 31 days ago
        assertThatThrownBy(() -> config.retentionPolicy(61, 500, 1)).hasMessageContaining("pan.retention.days")
                .hasMessageContaining("62 days");
        assertThat(config.retentionPolicy(62, 500, 1).after()).isEqualTo(Duration.ofDays(62));
        assertThatThrownBy(() -> config.retentionPolicy(730, 0, 1)).hasMessageContaining("pan.retention.batch-size");
    }
}
