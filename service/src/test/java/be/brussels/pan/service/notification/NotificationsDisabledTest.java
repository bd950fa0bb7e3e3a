package be.brussels.pan.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.referral.ReferralEvent;
import be.brussels.pan.service.session.SessionChange;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications off (the embedded default, {@code pan.notifications.enabled: false}), with an SMTP server there
 * and every user with an address: nothing is written to the outbox, and nothing is sent.
 */
class NotificationsDisabledTest extends NotificationTestSupport {

    @Autowired
    NotificationSender sender;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void offNothingIsWrittenNorSent() throws Exception {
        email("counsellor", "conseil@actiris.example.be");
        email("partner-sks", "accueil@epn13.example.be");

        String id = json(refer(diagnosis(), SKS_OFFER, "a note")).get("id").asText();
        assertThat(move("partner-sks", id, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);
        assertThat(move("partner-sks", id, "SCHEDULED", null).getStatusCode().value()).isEqualTo(200);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(
                new ReferralEvent.BookedSessionChanged(UUID.fromString(id), UUID.randomUUID(), SessionChange.DROPPED)));

        assertThat(rows("notification_outbox")).isZero();
        // A row written by hand (as an earlier run with notifications on would have left) is not sent either.
        outbox.add(UUID.fromString(id), NotificationKind.ACCEPTED, "conseil@actiris.example.be", new Mail("s", "b"),
                Instant.now());
        sender.requestRun();
        assertThat(sender.sendDue(Instant.now().plusSeconds(60))).isZero();
        assertThat(smtp.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
