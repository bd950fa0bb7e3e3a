package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the Content-Security-Policy (web.SecurityHeaders: {@code script-src 'self'; style-src 'self'}, nothing
 * inline, nothing evaluated) would refuse, looked for in the pages' sources. The browser tests fail on any violation
 * Chromium reports, but only on the states they reach; this finds the rest (an error message's markup, a rarely
 * drawn card) before a browser does.
 */
class PagesCspTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");

    private static final Map<String, Pattern> IN_MARKUP = Map.of(
            "an inline <script>", Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            "a <style> element", Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
            "a style attribute", Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE),
            "an event-handler attribute", Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            "a javascript: address", Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    private static final Map<String, Pattern> IN_SCRIPTS = Map.of(
            // Pan.el(tag, { style: ... }) sets the attribute, which style-src refuses.
            "a style attribute given to Pan.el", Pattern.compile("(?<![\\w.$])['\"]?style['\"]?\\s*:"),
            "a style or event-handler attribute set", Pattern.compile("setAttribute\\(\\s*['\"](style|on[a-z]+)['\"]"),
            "a <style>, <script> or handler written as markup", Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write"),
            "code evaluated from text", Pattern.compile("\\beval\\(|new Function\\(|set(Timeout|Interval)\\(\\s*['\"]"),
            "a javascript: address", Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    @Test
    void theMarkupHasNothingInline() throws IOException {
        assertThat(findings(TEMPLATES, ".html", IN_MARKUP)).isEmpty();
    }

    @Test
    void theScriptsAddNothingInline() throws IOException {
        assertThat(findings(SCRIPTS, ".js", IN_SCRIPTS)).isEmpty();
    }

    @Test
    void thePatternsFindWhatTheyLookFor() {
        // The patterns themselves, on what each should and should not find.
        assertThat(IN_MARKUP.get("an inline <script>").matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(IN_MARKUP.get("an inline <script>").matcher("<script src=\"/js/app.js\" defer></script>").find()).isFalse();
        assertThat(IN_MARKUP.get("a style attribute").matcher("<div class=\"field\" style=\"margin:0\">").find()).isTrue();
        assertThat(IN_MARKUP.get("an event-handler attribute").matcher("<button onclick=\"go()\">").find()).isTrue();
        assertThat(IN_MARKUP.get("an event-handler attribute").matcher("<p data-i18n=\"x\">").find()).isFalse();
        assertThat(IN_SCRIPTS.get("a style attribute given to Pan.el").matcher("el('figure', { style: 'margin:0' })").find()).isTrue();
        assertThat(IN_SCRIPTS.get("a style attribute given to Pan.el").matcher("{ dateStyle: 'long', weekday: style || 'long' }").find()).isFalse();
        assertThat(IN_SCRIPTS.get("a style or event-handler attribute set").matcher("b.setAttribute('onclick', x)").find()).isTrue();
    }

    private static List<String> findings(Path root, String extension, Map<String, Pattern> patterns) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
        assertThat(files).as("sources under " + root).isNotEmpty();
        for (Path file : files) {
            String text = withoutComments(Files.readString(file), extension);
            patterns.forEach((what, pattern) -> {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    int line = text.substring(0, m.start()).split("\n", -1).length;
                    found.add(file + ":" + line + ": " + what + " (" + m.group() + ")");
                }
            });
        }
        return found;
    }

    /** Comments say what the code does not do; only the code counts. Line numbers are kept. */
    private static String withoutComments(String text, String extension) {
        Pattern comments = ".js".equals(extension)
                ? Pattern.compile("/\\*.*?\\*/|(?<![:'\"\\\\])//[^\\n]*", Pattern.DOTALL)
                : Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        Matcher m = comments.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(kept, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(kept);
        return kept.toString();
    }
}
