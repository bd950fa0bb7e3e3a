package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three dictionaries have the same keys, no empty value, and hold every key the pages and scripts use, and a
 * label for every enum value the pages are served or the API returns.
 */
class PagesI18nTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    /** The pages' markup (the layout and each page's fragments) and their scripts and dictionaries. */
    private static final List<Path> PAGES = List.of(Path.of("src/main/resources/templates"), STATIC);
    private static final List<String> LANGUAGES = List.of("fr", "nl", "en");
    private static final Pattern HTML_KEY = Pattern.compile("data-i18n=\"([^\"]+)\"");
    private static final Pattern ATTR_KEY = Pattern.compile("data-i18n-attr['\"]?\\s*[:=]\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern JS_KEY = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'");
    private static final Pattern JS_I18N_ATTR = Pattern.compile("'data-i18n': '([a-zA-Z0-9_.]+)'");

    private static Map<String, String> dictionary(String lang) throws IOException {
        JsonNode json = new ObjectMapper().readTree(STATIC.resolve("i18n/" + lang + ".json").toFile());
        Map<String, String> map = new TreeMap<>();
        json.fields().forEachRemaining(e -> {
            assertThat(e.getValue().isTextual()).as(lang + ": " + e.getKey() + " is a string").isTrue();
            map.put(e.getKey(), e.getValue().asText());
        });
        return map;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyValue() throws IOException {
        Map<String, String> fr = dictionary("fr");
        Map<String, String> nl = dictionary("nl");
        Map<String, String> en = dictionary("en");
        assertThat(fr).hasSizeGreaterThan(100);
        assertThat(nl.keySet()).isEqualTo(fr.keySet());
        assertThat(en.keySet()).isEqualTo(fr.keySet());
        for (Map<String, String> d : List.of(fr, nl, en)) {
            d.forEach((k, v) -> assertThat(v.strip()).as(k).isNotEmpty());
        }
        // Placeholders must match across languages ({score}, {rank}…).
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        fr.forEach((k, v) -> {
            Set<String> expected = placeholders(placeholder, v);
            assertThat(placeholders(placeholder, nl.get(k))).as("nl " + k).isEqualTo(expected);
            assertThat(placeholders(placeholder, en.get(k))).as("en " + k).isEqualTo(expected);
        });
    }

    @Test
    void everyKeyUsedByThePagesExists() throws IOException {
        Set<String> keys = dictionary("en").keySet();
        Set<String> used = new TreeSet<>();
        for (Path root : PAGES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                    String text = Files.readString(file);
                    collect(HTML_KEY, text, used);
                    collect(JS_KEY, text, used);
                    collect(JS_I18N_ATTR, text, used);
                    Matcher attr = ATTR_KEY.matcher(text);
                    while (attr.find()) {
                        for (String pair : attr.group(1).split(";")) {
                            used.add(pair.substring(pair.indexOf(':') + 1).trim());
                        }
                    }
                }
            }
        }
        // The pages' titles (data-title) are given by Page, not written in the markup.
        for (Page page : Page.values()) {
            used.add(page.titleKey());
        }
        assertThat(used).contains("app.name", "login.username", "diag.title", "slip.title", "refer.button",
                "a11y.skip", "footer.text", "slip.pageTitle", "inbox.col.status");
        for (String key : used) {
            if (key.endsWith(".")) {
                // A prefix completed at run time ('tg.' + group): labels of the enums, checked below.
                assertThat(keys).as(key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(keys).as(key).contains(key);
            }
        }
    }

    @Test
    void everyValueServedToThePagesHasALabelInEachLanguage() throws IOException {
        assertThat(PageVocabulary.terms()).isNotEmpty();
        for (String lang : LANGUAGES) {
            Set<String> keys = dictionary(lang).keySet();
            PageVocabulary.terms().forEach((name, term) -> {
                assertThat(term.values()).as(name).isNotEmpty();
                for (String value : term.values()) {
                    assertThat(keys).as(lang + ": the label of " + name + " " + value).contains(term.labels() + value);
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyEnumTheApiReturnsHasALabel(String lang) throws IOException {
        Set<String> keys = dictionary(lang).keySet();
        for (String persona : new String[] {"ESTEBAN", "LOUIS", "NOEMIE", "ANNE", "BENOIT"}) {
            assertThat(keys).contains("persona." + persona + ".name", "persona." + persona + ".desc");
        }
        labels(keys, "kind.", be.brussels.pan.contract.diagnosis.OrientationKind.values());
        labels(keys, "tg.", be.brussels.pan.contract.diagnosis.TargetGroup.values());
        labels(keys, "status.", be.brussels.pan.service.referral.ReferralStatus.values());
        labels(keys, "fee.", be.brussels.pan.contract.catalog.Fee.values());
        labels(keys, "level.", be.brussels.pan.contract.diagnosis.FragilityLevel.values());
        labels(keys, "urgency.", be.brussels.pan.contract.diagnosis.Urgency.values());
        labels(keys, "digcomp.", be.brussels.pan.contract.diagnosis.DigcompLevel.values());
        labels(keys, "need.", be.brussels.pan.contract.diagnosis.Need.values());
        labels(keys, "barrier.", be.brussels.pan.contract.diagnosis.Barrier.values());
        labels(keys, "channel.", be.brussels.pan.contract.diagnosis.Channel.values());
        labels(keys, "gender.", be.brussels.pan.contract.diagnosis.Gender.values());
        labels(keys, "device.", be.brussels.pan.contract.diagnosis.Device.values());
        labels(keys, "internet.", be.brussels.pan.contract.diagnosis.Internet.values());
        labels(keys, "ability.", be.brussels.pan.contract.diagnosis.Ability.values());
        labels(keys, "level3.", be.brussels.pan.contract.diagnosis.Interest.values());
        labels(keys, "level3.", be.brussels.pan.contract.diagnosis.Stress.values());
    }

    private static void labels(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertThat(keys).contains(prefix + value.name());
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> set = new TreeSet<>();
        collect(p, text, set);
        return set;
    }
}
