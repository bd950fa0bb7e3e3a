package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every asset a page loads is served by the project itself: no CDN, no external font or script. */
class PagesAssetsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"|url\\(([^)]+)\\)|@import\\s+['\"]([^'\"]+)");

    @Test
    void pagesLoadOnlyTheirOwnAssets() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(STATIC)) {
            files = walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css")).toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("login.html", "diagnosis.html", "slip.html", "inbox.html", "pan.css");
        for (Path file : files) {
            Matcher m = REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                assertThat(target).as(file + " loads " + target).doesNotContain("//");
                if (target.startsWith("/") && !target.startsWith("/diagnosis.html") && !target.equals("/")) {
                    assertThat(STATIC.resolve(target.substring(1))).as(file + " loads " + target).exists();
                }
            }
        }
    }

    @Test
    void everyPageDeclaresItsLanguageViewportAndStylesheet() throws IOException {
        for (String page : List.of("login.html", "diagnosis.html", "slip.html", "inbox.html")) {
            String html = Files.readString(STATIC.resolve(page));
            assertThat(html).as(page).contains("<html lang=\"fr\">")
                    .contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
                    .contains("href=\"/css/pan.css\"").contains("<main id=\"main\">").contains("class=\"skip-link\"");
        }
    }
}
