package be.brussels.pan.service.roster;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.export.Wording;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * A roster export's words in a page language: the planner page's own dictionary ({@code static/i18n/<lang>.json}:
 * {@code day.}, {@code session.}, {@code tg.}, {@code commune.}, {@code export.}), so that the CSV and the calendars
 * say what the page says. Language names are Java's, in that language. A code without a label is written as is.
 */
final class RosterWording implements Wording {

    static final java.util.List<String> LANGUAGES = java.util.List.of("fr", "nl", "en");
    private static final Map<String, RosterWording> BY_LANGUAGE = Map.of("fr", load("fr"), "nl", load("nl"),
            "en", load("en"));

    private final Locale locale;
    private final Map<String, String> texts;

    private RosterWording(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The wording of a page language; a 400 naming {@code lang} if it is not fr, nl or en. */
    static RosterWording of(String lang) {
        RosterWording wording = lang == null ? null : BY_LANGUAGE.get(lang);
        if (wording == null) {
            throw new BadInputException("lang", Echo.of(lang) + " is not one of " + LANGUAGES);
        }
        return wording;
    }

    private static RosterWording load(String lang) {
        try (InputStream in = RosterWording.class.getResourceAsStream("/static/i18n/" + lang + ".json")) {
            if (in == null) {
                throw new IllegalStateException("static/i18n/" + lang + ".json is missing");
            }
            return new RosterWording(Locale.forLanguageTag(lang),
                    new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, String fallback) {
        return texts.getOrDefault(key, fallback);
    }

    @Override
    public String day(Day day) {
        return text("day." + day.name(), day.name());
    }

    @Override
    public String kind(SessionKind kind) {
        return text("session." + kind.name(), kind.name());
    }

    @Override
    public String targetGroup(String group) {
        String code = group == null ? "GENERAL" : group;
        return text("tg." + code, code);
    }

    @Override
    public String commune(String nisCode) {
        return text("commune." + nisCode, nisCode);
    }

    @Override
    public String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    @Override
    public String column(String key) {
        return text("export." + key, key);
    }
}
