package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The head, the skip link, the header and the footer of the pages are written once, in the layout: a page's
 * template holds only its own scripts and its content, and no page is a static file with a head of its own.
 */
class PagesLayoutTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path LAYOUT = RESOURCES.resolve("templates/layout.html");
    private static final Path PAGES = RESOURCES.resolve("templates/pages");

    /** The markup of the shared part of a page: none of it may appear in a page's own template. */
    private static final Map<String, Pattern> SHARED = Map.of(
            "a doctype", Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE),
            "an html element", Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE),
            "a head", Pattern.compile("<head[\\s>]", Pattern.CASE_INSENSITIVE),
            "a body", Pattern.compile("<body[\\s>]", Pattern.CASE_INSENSITIVE),
            "a meta or link element", Pattern.compile("<(meta|link|title)[\\s>]", Pattern.CASE_INSENSITIVE),
            "the shared scripts", Pattern.compile("/js/(api|app)\\.js"),
            "the skip link", Pattern.compile("skip-link"),
            "the header or navigation", Pattern.compile("site-header|<header[\\s>]|<nav[\\s>]|site-nav|lang-switch"),
            "the footer", Pattern.compile("site-footer|<footer[\\s>]"));

    @Test
    void noPageTemplateCarriesTheSharedHeadHeaderOrFooter() throws IOException {
        List<Path> templates = pageTemplates();
        assertThat(templates).hasSize(Page.values().length);
        for (Path template : templates) {
            String html = withoutComments(Files.readString(template));
            SHARED.forEach((what, pattern) -> assertThat(pattern.matcher(html).find())
                    .as(template + " carries " + what + " of its own: it belongs in " + LAYOUT).isFalse());
        }
    }

    @Test
    void theLayoutHoldsTheSharedPartsOnce() throws IOException {
        String layout = withoutComments(Files.readString(LAYOUT));
        for (String once : List.of("<head>", "</head>", "name=\"viewport\"", "href=\"/css/pan.css\"", "src=\"/js/api.js\"",
                "src=\"/js/app.js\"", "class=\"skip-link\"", "id=\"site-header\"", "class=\"site-footer\"",
                ":: scripts}", ":: main}")) {
            assertThat(count(layout, once)).as("layout.html: " + once).isEqualTo(1);
        }
    }

    @Test
    void noPageIsAStaticFileAnyMore() throws IOException {
        // A page under static/ would be served as it is, beside the layout, with a head of its own.
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("static"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".html")).toList()).isEmpty();
        }
    }

    @Test
    void everyPageHasItsScriptsAndItsMainAndNothingElse() throws IOException {
        for (Page page : Page.values()) {
            Path template = RESOURCES.resolve("templates/" + page.template() + ".html");
            assertThat(template).as(page.name()).exists();
            String html = withoutComments(Files.readString(template)).strip();
            assertThat(html).as(page.name())
                    .startsWith("<th:block th:fragment=\"scripts\">")
                    .contains("<main id=\"main\" th:fragment=\"main\">")
                    .endsWith("</main>");
            assertThat(count(html, "th:fragment=")).as(page.name()).isEqualTo(2);
        }
    }

    private static List<Path> pageTemplates() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Comments may name the layout's parts ("the head is the layout's"); only markup counts. */
    private static String withoutComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
