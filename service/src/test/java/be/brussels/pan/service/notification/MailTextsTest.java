package be.brussels.pan.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.referral.ReferralStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mails' words: every kind in French, Dutch and English, the bundles alike, nothing but the notice's facts. */
class MailTextsTest {

    private static final UUID ID = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001");
    private final MailTexts texts = new MailTexts();

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindIsWrittenInTheThreeLanguagesWithItsFacts(NotificationKind kind) {
        ReferralStatus status = kind == NotificationKind.REFUSED ? ReferralStatus.REFUSED : ReferralStatus.ACCEPTED;
        Mail mail = texts.render(new Notice(kind, ID, "Accès libre", "A-2026-000123", status, "Complet jusqu'en mars",
                "https://pan.example.be/inbox.html"));

        assertThat(mail.subject()).startsWith("PAN 1A2B3C4D: ").doesNotContain("{").doesNotContain("subject.");
        assertThat(mail.subject().split(" / ")).hasSize(3);
        assertThat(mail.body()).contains("[Français]", "[Nederlands]", "[English]", "Accès libre", "A-2026-000123",
                        "Numéro de fiche : 1A2B3C4D", "Fichenummer: 1A2B3C4D", "Slip number: 1A2B3C4D",
                        "https://pan.example.be/inbox.html")
                .doesNotContain("{").doesNotContain("''").doesNotContain("intro.").doesNotContain("label.");
        if (kind == NotificationKind.REFUSED) {
            assertThat(mail.body()).contains("Motif du refus : Complet jusqu'en mars");
        } else {
            assertThat(mail.body()).doesNotContain("Complet jusqu'en mars");
        }
    }

    @Test
    void withoutAReferenceTheLineIsLeftOut() {
        Mail mail = texts.render(new Notice(NotificationKind.NEW_REFERRAL, ID, "Accès libre", null, ReferralStatus.SENT,
                null, "https://pan.example.be/inbox.html"));
        assertThat(mail.body()).doesNotContain("Référence").doesNotContain("null").contains("Statut : Envoyée");
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndEveryKindAndStatusHasItsWords() throws IOException {
        Properties fr = bundle("fr");
        assertThat(bundle("nl").stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(fr).containsKeys("subject." + kind.name(), "intro." + kind.name());
        }
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(fr).containsKey("status." + status.name());
        }
    }

    @Test
    void theNoticeNeverPrintsTheReason() {
        Notice notice = new Notice(NotificationKind.REFUSED, ID, "x", null, ReferralStatus.REFUSED, "secret reason", "l");
        assertThat(notice.toString()).doesNotContain("secret reason");
        assertThat(Notice.slipNumber(ID)).isEqualTo("1A2B3C4D");
    }

    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = MailTextsTest.class.getResourceAsStream("/notifications/mail_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
