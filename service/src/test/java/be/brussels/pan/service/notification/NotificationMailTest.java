package be.brussels.pan.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.referral.ReferralEvent;
import be.brussels.pan.service.session.SessionChange;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail notifications end to end, against a real SMTP server (GreenMail): each notification reaches the right
 * recipients with the right subject and carries nothing personal; the outbox keeps a mail while the server is away
 * and sends it when it is back; two senders never send one mail twice.
 */
@TestPropertySource(properties = {
        "pan.notifications.enabled=true",
        "pan.notifications.from=pan@cirb.example.be",
        "pan.notifications.base-url=https://pan.example.be/",
        // Only the sends after each commit, and the test's own runs: no poll in the middle of a test.
        "pan.notifications.poll-interval=PT1H"})
class NotificationMailTest extends NotificationTestSupport {

    static final String NOTE = "Esteban lives with his sister, call him after 6 pm";
    static final String COUNSELLOR = "conseil@actiris.example.be";
    static final String PARTNER = "accueil@epn13.example.be";
    static final String PARTNER_2 = "animation@epn13.example.be";

    @Autowired
    OfferCatalog offers;
    @Autowired
    NotificationSender sender;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void usersWithAddresses() throws Exception {
        email("counsellor", COUNSELLOR);
        email("partner-sks", PARTNER);
        user("partner-sks-2", "PARTNER", "epn-13", PARTNER_2);
        user("partner-sks-gone", "PARTNER", "epn-13", "ancien@epn13.example.be");
        call("admin", org.springframework.http.HttpMethod.POST, "/api/v1/admin/users/partner-sks-gone/disable", null);
        user("partner-other", "PARTNER", "db-11", "autre@db11.example.be");
        user("partner-no-mail", "PARTNER", "epn-13", "temp@epn13.example.be");
        call("admin", org.springframework.http.HttpMethod.PUT, "/api/v1/admin/users/partner-no-mail/email", "{\"email\":null}");
        // Every earlier mail delivered, then forgotten: each test counts its own.
        await("earlier mails sent", () -> unsent() == 0);
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from notification_outbox").update();
    }

    @Test
    void aNewReferralIsMailedToEveryEnabledPartnerOfItsStructureWithAnAddressAndToNobodyElse() throws Exception {
        String diagnosis = diagnosis();
        ResponseEntity<String> created = refer(diagnosis, SKS_OFFER, NOTE);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = json(created).get("id").asText();
        String slip = id.substring(0, 8).toUpperCase();

        List<MimeMessage> mails = received(2);
        assertThat(mails).extracting(NotificationMailTest::recipient).containsExactlyInAnyOrder(PARTNER, PARTNER_2);
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("PAN " + slip + ": Nouvelle orientation / Nieuwe doorverwijzing / New referral");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("pan@cirb.example.be");
            String body = body(mail);
            assertThat(body).contains("Une nouvelle orientation a été envoyée à votre structure.",
                    "Er is een nieuwe doorverwijzing naar uw organisatie verzonden.",
                    "A new referral was sent to your organisation.",
                    "Référence : A-2026-000123", "Fichenummer: " + slip,
                    "Offre : " + offers.service(SKS_OFFER).orElseThrow().name(),
                    "https://pan.example.be/inbox.html");
            noPersonalData(body, diagnosis, slip);
            noPersonalData(mail.getSubject(), diagnosis, slip);
        }
        assertThat(sentRows()).isEqualTo(2);
    }

    @Test
    void theReferrerHearsOfTheAcceptanceTheAppointmentAndARefusalWithItsReason() throws Exception {
        String diagnosis = diagnosis();
        String id = json(refer(diagnosis, SKS_OFFER, NOTE)).get("id").asText();
        String slip = id.substring(0, 8).toUpperCase();
        received(2);
        smtp.purgeEmailFromAllMailboxes();

        assertThat(move("partner-sks", id, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);
        MimeMessage accepted = received(1).get(0);
        assertThat(recipient(accepted)).isEqualTo(COUNSELLOR);
        assertThat(accepted.getSubject()).isEqualTo("PAN " + slip + ": Orientation acceptée / Doorverwijzing aanvaard / Referral accepted");
        assertThat(body(accepted)).contains("Statut : Acceptée", "Status: Aanvaard", "Référence : A-2026-000123");
        noPersonalData(body(accepted), diagnosis, slip);
        smtp.purgeEmailFromAllMailboxes();

        assertThat(move("partner-sks", id, "SCHEDULED", null).getStatusCode().value()).isEqualTo(200);
        MimeMessage scheduled = received(1).get(0);
        assertThat(recipient(scheduled)).isEqualTo(COUNSELLOR);
        assertThat(scheduled.getSubject()).isEqualTo("PAN " + slip + ": Rendez-vous fixé / Afspraak gepland / Appointment scheduled");
        noPersonalData(body(scheduled), diagnosis, slip);
        assertThat(body(scheduled)).doesNotContain("Rue Secrète");
        smtp.purgeEmailFromAllMailboxes();

        String refused = json(refer(diagnosis, SKS_OFFER, NOTE)).get("id").asText();
        String refusedSlip = refused.substring(0, 8).toUpperCase();
        received(2);
        smtp.purgeEmailFromAllMailboxes();
        assertThat(move("partner-sks", refused, "REFUSED", "Plus de place avant mars").getStatusCode().value()).isEqualTo(200);
        MimeMessage refusal = received(1).get(0);
        assertThat(recipient(refusal)).isEqualTo(COUNSELLOR);
        assertThat(refusal.getSubject()).isEqualTo("PAN " + refusedSlip + ": Orientation refusée / Doorverwijzing geweigerd / Referral refused");
        assertThat(body(refusal)).contains("Motif du refus : Plus de place avant mars",
                "Reden van weigering: Plus de place avant mars", "Reason for the refusal: Plus de place avant mars");
        noPersonalData(body(refusal), diagnosis, refusedSlip);
    }

    @Test
    void aCancellationOrAReferrerWithoutAddressSendsNothing() throws Exception {
        String diagnosis = diagnosis();
        String id = json(refer(diagnosis, SKS_OFFER, NOTE)).get("id").asText();
        received(2);
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from notification_outbox").update();

        assertThat(move("counsellor", id, "CANCELLED", "duplicate").getStatusCode().value()).isEqualTo(200);
        String other = json(refer(diagnosis, SKS_OFFER, NOTE)).get("id").asText();
        received(2);
        email("counsellor", null);
        try {
            assertThat(move("partner-sks", other, "ACCEPTED", null).getStatusCode().value()).isEqualTo(200);
        } finally {
            email("counsellor", COUNSELLOR);
        }
        sender.sendDue(Instant.now());
        assertThat(jdbc.sql("select kind from notification_outbox").query(String.class).list())
                .containsOnly("NEW_REFERRAL");
    }

    @Test
    void aMovedOrDroppedBookedSessionIsMailedToTheReferrerAndARolledBackChangeWritesNothing() throws Exception {
        String diagnosis = diagnosis();
        String id = json(refer(diagnosis, SKS_OFFER, NOTE)).get("id").asText();
        String slip = id.substring(0, 8).toUpperCase();
        received(2);
        smtp.purgeEmailFromAllMailboxes();
        UUID referral = UUID.fromString(id);
        UUID session = UUID.randomUUID();
        TransactionTemplate replan = new TransactionTemplate(transactions);

        // As a re-plan publishes them (branch i14-booking): inside its transaction.
        replan.executeWithoutResult(tx -> {
            events.publishEvent(new ReferralEvent.BookedSessionChanged(referral, session, SessionChange.MOVED));
            events.publishEvent(new ReferralEvent.BookedSessionChanged(referral, session, SessionChange.ADDED));
        });
        MimeMessage moved = received(1).get(0);
        assertThat(recipient(moved)).isEqualTo(COUNSELLOR);
        assertThat(moved.getSubject()).isEqualTo("PAN " + slip + ": Séance réservée déplacée / Geboekte sessie verplaatst / Booked session moved");
        assertThat(body(moved)).doesNotContain(session.toString());
        noPersonalData(body(moved), diagnosis, slip);
        smtp.purgeEmailFromAllMailboxes();

        replan.executeWithoutResult(tx -> {
            events.publishEvent(new ReferralEvent.BookedSessionChanged(referral, session, SessionChange.DROPPED));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from notification_outbox where kind = 'SESSION_DROPPED'").query(Long.class)
                .single()).as("rolled back with the re-plan").isZero();

        replan.executeWithoutResult(tx ->
                events.publishEvent(new ReferralEvent.BookedSessionChanged(referral, session, SessionChange.DROPPED)));
        MimeMessage dropped = received(1).get(0);
        assertThat(dropped.getSubject()).isEqualTo("PAN " + slip + ": Séance réservée supprimée / Geboekte sessie geschrapt / Booked session dropped");
        assertThat(body(dropped)).contains("annulez l'orientation ou réservez une autre séance");
        assertThat(jdbc.sql("select count(*) from notification_outbox where kind = 'SESSION_MOVED'").query(Long.class).single())
                .as("ADDED tells nobody").isEqualTo(1);
    }

    @Test
    void theOutboxKeepsAMailWhileTheSmtpServerIsAwayAndSendsItWhenItIsBack() throws Exception {
        String diagnosis = diagnosis();
        smtp.stop();
        String id;
        try {
            long start = System.nanoTime();
            ResponseEntity<String> created = refer(diagnosis, SKS_OFFER, NOTE);
            assertThat(created.getStatusCode().value()).as("the server's absence does not fail the request").isEqualTo(201);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            id = json(created).get("id").asText();
            await("two failed attempts", () -> jdbc.sql("select count(*) from notification_outbox where attempts = 1 "
                    + "and sent_at is null and claimed_at is null and last_error is not null").query(Long.class).single() == 2);
            assertThat(jdbc.sql("select min(next_attempt_at) from notification_outbox")
                    .query(java.time.OffsetDateTime.class).single().toInstant())
                    .as("tried again after pan.notifications.first-retry").isAfter(Instant.now().plusSeconds(50));
            // Not due yet: a run now sends nothing (and does not try).
            assertThat(sender.sendDue(Instant.now())).isZero();
        } finally {
            smtp = startSmtpServer();
        }
        assertThat(sender.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(2);
        List<MimeMessage> mails = received(2);
        assertThat(mails).extracting(NotificationMailTest::recipient).containsExactlyInAnyOrder(PARTNER, PARTNER_2);
        assertThat(mails.get(0).getSubject()).contains(id.substring(0, 8).toUpperCase());
        assertThat(jdbc.sql("select count(*) from notification_outbox where sent_at is not null and attempts = 2")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anSmtpServerThatNeverAnswersDelaysTheMailsNotTheRequests() throws Exception {
        String diagnosis = diagnosis();
        smtp.stop();
        // A server that takes the connection and says nothing: the sender waits up to mail.smtp.timeout.
        try (java.net.ServerSocket silent = new java.net.ServerSocket(SMTP_PORT, 50,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            accepting.start();
            await("the sender connected", () -> {
                long start = System.nanoTime();
                ResponseEntity<String> created = refer(diagnosis, SKS_OFFER, NOTE);
                assertThat(created.getStatusCode().value()).isEqualTo(201);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                return !held.isEmpty();
            });
            // The sender is stuck on the silent server; requests still answer at once.
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                assertThat(refer(diagnosis, SKS_OFFER, NOTE).getStatusCode().value()).isEqualTo(201);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            }
            for (java.net.Socket socket : held) {
                socket.setSoLinger(true, 0); // reset, so that no TIME_WAIT holds the port GreenMail takes back
                socket.close();
            }
        } finally {
            smtp = startSmtpServer();
        }
        // Whatever failed is sent at its next attempt.
        await("the stuck run ended", () -> jdbc.sql("select count(*) from notification_outbox where claimed_at is not null")
                .query(Long.class).single() == 0);
        await("every mail sent", () -> {
            sender.sendDue(Instant.now().plus(Duration.ofMinutes(2)));
            return unsent() == 0;
        });
        // Each mail once: the silent server took none.
        assertThat(smtp.getReceivedMessages()).hasSize((int) rows("notification_outbox"));
        assertThat(rows("notification_outbox")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void twoSendersRacingOverTheOutboxSendEachMailOnce() throws Exception {
        Mail mail = new Mail("PAN test", "body");
        UUID referral = UUID.randomUUID();
        int count = 40;
        for (int i = 0; i < count; i++) {
            outbox.add(referral, NotificationKind.ACCEPTED, "race" + i + "@example.be", mail, Instant.now());
        }
        Instant now = Instant.now().plusSeconds(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> sender.sendDue(now);
            List<Future<Integer>> runs = two.invokeAll(List.of(run, run));
            int sent = 0;
            for (Future<Integer> r : runs) {
                sent += r.get();
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            two.shutdownNow();
        }
        List<MimeMessage> mails = received(count);
        assertThat(mails).extracting(NotificationMailTest::recipient).doesNotHaveDuplicates().hasSize(count);
        assertThat(jdbc.sql("select max(attempts) from notification_outbox").query(Integer.class).single()).isEqualTo(1);
    }

    private long unsent() {
        return jdbc.sql("select count(*) from notification_outbox where sent_at is null and gave_up_at is null")
                .query(Long.class).single();
    }

    private long sentRows() {
        return jdbc.sql("select count(*) from notification_outbox where sent_at is not null").query(Long.class).single();
    }

    /** Waits for exactly {@code count} mails, then a little more to see that no other one follows. */
    private static List<MimeMessage> received(int count) throws InterruptedException {
        GreenMail server = smtp;
        assertThat(server.waitForIncomingEmail(15_000, count)).as("%d mail(s) arrive", count).isTrue();
        Thread.sleep(200);
        MimeMessage[] all = server.getReceivedMessages();
        assertThat(all).as("no more than %d mail(s)", count).hasSize(count);
        return new ArrayList<>(Arrays.asList(all));
    }

    private static String recipient(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            assertThat(to).hasSize(1);
            return to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    /** Nothing of the note, the diagnosis or the person, nor who referred. */
    private static void noPersonalData(String text, String diagnosisId, String slip) {
        String withoutSlip = text.replace(slip, "");
        assertThat(withoutSlip).doesNotContain(NOTE).doesNotContain("Esteban").doesNotContain("sister")
                .doesNotContain(diagnosisId).doesNotContain(diagnosisId.substring(0, 8))
                .doesNotContain("1080").doesNotContain("JOB_SEARCH").doesNotContain("SMARTPHONE_ONLY")
                .doesNotContain("MAN").doesNotContain("57")
                .doesNotContain("counsellor").doesNotContain("Actiris").doesNotContain(COUNSELLOR);
    }
}
