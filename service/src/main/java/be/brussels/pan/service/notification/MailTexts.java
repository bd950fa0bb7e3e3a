package be.brussels.pan.service.notification;

import be.brussels.pan.service.referral.ReferralStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Notice} as one mail in French, Dutch and English, in that order (Brussels public services
 * write in both regional languages; the recipient's language is not known). The words live in
 * {@code notifications/mail_fr|nl|en.properties}; only the layout is here.
 */
@Component
public class MailTexts {

    /** The languages of every mail, in the order they appear. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH);

    /**
     * A bundle of its own, not a bean: the application has no {@code messageSource} of its own, and a second
     * MessageSource bean would make an injection by type ambiguous.
     */
    private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();

    public MailTexts() {
        words.setBasename("notifications/mail");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
        // Every text goes through MessageFormat, so that an apostrophe is always written the same way ('').
        words.setAlwaysUseMessageFormat(true);
    }

    public Mail render(Notice notice) {
        String subject = "PAN " + notice.slipNumber() + ": " + LANGUAGES.stream()
                .map(l -> word("subject." + notice.kind().name(), l)).collect(Collectors.joining(" / "));
        List<String> sections = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            sections.add(section(notice, language));
        }
        return new Mail(subject, String.join("\n\n----------------------------------------\n\n", sections) + "\n");
    }

    private String section(Notice notice, Locale l) {
        List<String> lines = new ArrayList<>();
        lines.add("[" + word("language", l) + "]");
        lines.add(word("intro." + notice.kind().name(), l));
        lines.add("");
        lines.add(word("label.offer", l, notice.offerName()));
        lines.add(word("label.status", l, word("status." + notice.status().name(), l)));
        if (notice.reference() != null && !notice.reference().isBlank()) {
            lines.add(word("label.reference", l, notice.reference()));
        }
        lines.add(word("label.slip", l, notice.slipNumber()));
        if (notice.status() == ReferralStatus.REFUSED && notice.reason() != null && !notice.reason().isBlank()) {
            lines.add(word("label.reason", l, notice.reason()));
        }
        lines.add(word("label.inbox", l, notice.inboxLink()));
        lines.add("");
        lines.add(word("footer", l));
        return String.join("\n", lines);
    }

    private String word(String key, Locale language, Object... args) {
        return words.getMessage(key, args, language);
    }
}
