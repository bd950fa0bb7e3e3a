package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page, at its address with and without ".html", is the one layout around its own fragments: the same
 * head, skip link and header's place for all, the page's own scripts and content, and the body's data-* that
 * app.js reads.
 */
class PagesRenderingTest extends ApiTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageIsTheLayoutAroundItsOwnContent() throws Exception {
        for (Page page : Page.values()) {
            for (String address : List.of("/" + page.id(), "/" + page.id() + ".html")) {
                HttpResponse<String> response = get(address, "admin");
                String html = response.body();
                assertThat(response.statusCode()).as(address).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(address)
                        .isEqualTo("text/html;charset=UTF-8");
                assertThat(response.headers().allValues("Cache-Control")).as(address).containsExactly("no-store");
                assertThat(html).as(address).startsWith("<!DOCTYPE html>")
                        .contains("<html lang=\"fr\">")
                        .contains("<meta charset=\"utf-8\">")
                        .contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
                        .contains("href=\"/css/pan.css\"")
                        .contains("<a class=\"skip-link\" href=\"#main\" data-i18n=\"a11y.skip\"></a>")
                        .contains("<header id=\"site-header\" class=\"site-header\"></header>")
                        .contains("<main id=\"main\">")
                        .contains("data-page=\"" + page.id() + "\"")
                        .contains("data-title=\"" + page.titleKey() + "\"")
                        .doesNotContain("th:");
                assertThat(count(html, "<head>")).as(address).isEqualTo(1);
                assertThat(count(html, "<main")).as(address).isEqualTo(1);
                // The shared scripts first, then the page's own.
                assertThat(html.indexOf("src=\"/js/api.js\"")).as(address).isPositive()
                        .isLessThan(html.indexOf("src=\"/js/app.js\""))
                        .isLessThan(html.indexOf("src=\"/js/" + page.id() + ".js\""));
                assertThat(html.indexOf("src=\"/js/" + page.id() + ".js\"")).as(address).isLessThan(html.indexOf("</head>"));
                assertThat(html.contains("class=\"site-footer\"")).as(address + " footer").isEqualTo(page.footer());
                assertThat(html.contains("data-nav=\"none\"")).as(address + " navigation").isEqualTo(!page.navigation());
                assertThat(html.contains("data-persist-lang=\"false\"")).as(address + " language")
                        .isEqualTo(!page.remembersLanguage());
                assertThat(vocabulary(html)).as(address).isEqualTo(PageVocabulary.json());
            }
        }
    }

    @Test
    void thePagesCarryTheirOwnContent() throws Exception {
        assertThat(get("/diagnosis", "counsellor").body()).contains("id=\"diagnosis-form\"")
                .contains("src=\"/js/offers.js\"");
        assertThat(get("/slip.html", "counsellor").body()).contains("id=\"slip\"").contains("src=\"/js/offers.js\"");
        assertThat(get("/inbox.html", "partner-sks").body()).contains("id=\"inbox-list\"");
        assertThat(get("/planner", "planner").body()).contains("id=\"roster-grid\"");
        assertThat(get("/stats.html", "planner").body()).contains("id=\"demand-table\"");
        assertThat(get("/password", "partner-sks").body()).contains("id=\"password-form\"")
                .contains("src=\"/js/password.js\"").contains("autocomplete=\"new-password\"");
        String login = get("/login", null).body();
        assertThat(login).contains("<form id=\"login-form\" class=\"card\" method=\"post\" action=\"/login\">")
                .contains("<input type=\"hidden\" name=\"_csrf\" id=\"csrf\" value=\"\">");
    }

    @Test
    void onlyTheLoginPageIsOpenToAnAnonymousBrowser() throws Exception {
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        for (Page page : Page.values()) {
            if (page == Page.LOGIN) {
                continue;
            }
            for (String address : List.of("/" + page.id(), "/" + page.id() + ".html")) {
                HttpResponse<String> response = get(address, null);
                assertThat(response.statusCode()).as(address).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElse("")).as(address).endsWith("/login");
            }
        }
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body's data-vocabulary, unescaped as the browser reads it. */
    private static String vocabulary(String html) {
        Matcher m = Pattern.compile("data-vocabulary=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("data-vocabulary").isTrue();
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static int count(String text, String part) {
        return text.toLowerCase(Locale.ROOT).split(Pattern.quote(part), -1).length - 1;
    }
}
