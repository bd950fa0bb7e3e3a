package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.service.referral.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The enums the pages offer are the Java enums, in their order, and no script copies them any more. */
class PageVocabularyTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");
    /** An array literal of quoted enum constants in a script: ['NONE', 'LOW', ...]. */
    private static final Pattern CONSTANTS = Pattern.compile("\\[\\s*'[A-Z][A-Z0-9_]*'(?:\\s*,\\s*'[A-Z][A-Z0-9_]*')+\\s*]");

    @Test
    void theValuesAreTheEnumsInTheirDeclaredOrder() {
        assertThat(PageVocabulary.terms().get("device").values()).isEqualTo(names(Device.values()));
        assertThat(PageVocabulary.terms().get("fragilityLevel").values()).isEqualTo(names(FragilityLevel.values()));
        assertThat(PageVocabulary.terms().get("referralStatus").values()).isEqualTo(names(ReferralStatus.values()));
        assertThat(PageVocabulary.terms().get("day").values()).isEqualTo(names(Day.values()));
        assertThat(PageVocabulary.terms().get("device").labels()).isEqualTo("device.");
    }

    @Test
    void theJsonTheLayoutWritesHoldsEveryTerm() throws IOException {
        JsonNode json = new ObjectMapper().readTree(PageVocabulary.json());
        assertThat(json.size()).isEqualTo(PageVocabulary.terms().size());
        PageVocabulary.terms().forEach((name, term) -> {
            assertThat(json.path(name).path("labels").asText()).as(name).isEqualTo(term.labels());
            List<String> values = new java.util.ArrayList<>();
            json.path(name).path("values").forEach(v -> values.add(v.asText()));
            assertThat(values).as(name).isEqualTo(term.values());
        });
    }

    @Test
    void everyVocabularyAScriptAsksForIsServed() throws IOException {
        Pattern asked = Pattern.compile("\\b(?:V|vocabulary)\\('([A-Za-z]+)'\\)");
        Set<String> names = new TreeSet<>();
        for (Path script : scripts()) {
            Matcher m = asked.matcher(Files.readString(script));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).contains("device", "channel", "fragilityLevel", "referralStatus", "day");
        assertThat(PageVocabulary.terms().keySet()).containsAll(names);
    }

    @Test
    void noScriptCopiesAServedEnum() throws IOException {
        for (Path script : scripts()) {
            Matcher m = CONSTANTS.matcher(Files.readString(script));
            while (m.find()) {
                Set<String> listed = new TreeSet<>(Arrays.asList(m.group().replaceAll("[\\[\\]'\\s]", "").split(",")));
                PageVocabulary.terms().forEach((name, term) -> assertThat(listed)
                        .as(script + " copies the values of " + name + ": use Pan.vocabulary('" + name + "')")
                        .isNotEqualTo(new TreeSet<>(term.values())));
            }
        }
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
