package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.offer.OfferCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;

/** The expiry job, run with a fixed clock 30 days on instead of waiting. */
class ReferralExpiryTest extends ReferralTestSupport {

    @Autowired
    ReferralStore store;
    @Autowired
    DiagnosisStore diagnoses;
    @Autowired
    OfferCatalog offers;
    @Autowired
    PanMetrics metrics;
    @Autowired
    ReferralExpiryJob scheduledJob;
    @Autowired
    ReferralConfig.ReferralExpiry configuredExpiry;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    Bookings bookings;

    private ReferralExpiryJob jobAt(Instant now) {
        return jobAt(now, configuredExpiry);
    }

    private ReferralExpiryJob jobAt(Instant now, ReferralConfig.ReferralExpiry expiry) {
        return new ReferralExpiryJob(new ReferralService(store, diagnoses, offers, metrics,
                Clock.fixed(now, ZoneOffset.UTC), expiry, events, transactions, bookings));
    }

    @Test
    void theDelayComesFromConfigurationNotFromCode() {
        assertThat(configuredExpiry.after()).isEqualTo(Duration.ofDays(30)); // application.yml, pan.referrals.expiry-days
        String unanswered = referral("counsellor", SKS_OFFER);
        Instant created = Instant.parse(get("counsellor", unanswered).get("createdAt").asText());

        ReferralConfig.ReferralExpiry week = new ReferralConfig.ReferralExpiry(Duration.ofDays(7));
        jobAt(created.plus(Duration.ofDays(7)).minusSeconds(1), week).run();
        assertThat(get("counsellor", unanswered).get("status").asText()).isEqualTo("SENT");
        jobAt(created.plus(Duration.ofDays(7)).plusSeconds(1), week).run();
        JsonNode expired = get("counsellor", unanswered);
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.at("/history/1/reason").asText()).isEqualTo("no answer within 7 days");
    }

    @Test
    void sentReferralsExpireAfter30DaysWithActorSystem() {
        String unanswered = referral("counsellor", SKS_OFFER);
        String accepted = referral("counsellor", SKS_OFFER);
        drive(accepted, ReferralStatus.ACCEPTED);
        Instant created = Instant.parse(get("counsellor", unanswered).get("createdAt").asText());
        long expiries = metrics.registry().meter("referral.transition.SENT.EXPIRED").getCount();

        jobAt(created.plus(Duration.ofDays(30)).minusSeconds(1)).run();
        assertThat(get("counsellor", unanswered).get("status").asText()).isEqualTo("SENT");

        jobAt(created.plus(Duration.ofDays(30)).plusSeconds(1)).run();
        JsonNode expired = get("counsellor", unanswered);
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("version").asInt()).isEqualTo(1);
        JsonNode last = expired.at("/history/1");
        assertThat(last.get("from").asText()).isEqualTo("SENT");
        assertThat(last.get("to").asText()).isEqualTo("EXPIRED");
        assertThat(last.get("actor").asText()).isEqualTo("system");
        assertThat(Instant.parse(last.get("at").asText())).isEqualTo(created.plus(Duration.ofDays(30)).plusSeconds(1));
        assertThat(metrics.registry().meter("referral.transition.SENT.EXPIRED").getCount()).isGreaterThan(expiries);

        // an answered referral does not expire, and an expired one is final
        assertThat(get("counsellor", accepted).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(move("counsellor", unanswered, "CANCELLED", null).getStatusCode().value()).isEqualTo(409);
        assertThat(move("partner-sks", unanswered, "ACCEPTED", null).getStatusCode().value()).isEqualTo(409);

        // running again expires nothing more
        long rows = transitionsOf(unanswered);
        jobAt(created.plus(Duration.ofDays(60))).run();
        assertThat(transitionsOf(unanswered)).isEqualTo(rows);
    }

    @Test
    void theJobIsScheduledAndHarmlessOnTheRealClock() throws Exception {
        assertThat(ReferralExpiryJob.class.getMethod("scheduled").getAnnotation(Scheduled.class)).isNotNull();
        assertThat(ReferralExpiryJob.class.getMethod("scheduled")
                .getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)).isNotNull();
        String fresh = referral("counsellor", SKS_OFFER);
        scheduledJob.run();
        assertThat(get("counsellor", fresh).get("status").asText()).isEqualTo("SENT");
    }
}
