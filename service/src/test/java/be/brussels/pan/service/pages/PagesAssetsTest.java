package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every asset a page loads is served by the project itself: no CDN, no external font or script. (That every
 * rendered page declares its language, viewport, stylesheet, skip link and main is PagesRenderingTest's.)
 */
class PagesAssetsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    /** The pages' markup: the layout and each page's fragments. */
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"|url\\(([^)]+)\\)|@import\\s+['\"]([^'\"]+)");

    @Test
    void pagesLoadOnlyTheirOwnAssets() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(TEMPLATES, STATIC)) {
            try (Stream<Path> walk = Files.walk(root)) {
                files.addAll(walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css")).toList());
            }
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("layout.html", "login.html", "diagnosis.html", "slip.html", "inbox.html", "planner.html",
                        "stats.html", "password.html", "pan.css");
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
}
