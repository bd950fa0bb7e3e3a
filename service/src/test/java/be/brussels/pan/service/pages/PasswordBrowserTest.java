package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A user changes their own password on the password page (issue 15), in their language: each refusal is shown
 * under the field it concerns, the change itself is confirmed, and from then on only the new password works. The
 * login page says how long to wait after too many failed sign-ins.
 */
class PasswordBrowserTest extends BrowserSupport {

    private static final String FIRST = "Cedar-58-ripple-moth";
    private static final String SECOND = "Tundra-41-velvet-oar";

    @Test
    void aUserChangesTheirPasswordAndSeesEachRefusalNextToItsField() throws Exception {
        api("admin", "POST", "/api/v1/admin/users", "{\"username\":\"pw.browser\",\"password\":\"" + FIRST
                + "\",\"role\":\"SOCIAL_WORKER\",\"organisation\":\"CPAS Uccle\"}", 201);
        driver.get(url("/login?lang=en"));
        waitForTexts();
        driver.findElement(By.id("username")).sendKeys("pw.browser");
        driver.findElement(By.id("password")).sendKeys(FIRST);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        waitForTexts();

        visible(By.cssSelector(".site-nav li[data-nav=password] a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/password.html"));
        waitForTexts();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text("en", "password.title"));
        assertThat(driver.findElement(By.id("new-hint")).getText()).contains("12");
        screenshot("password-en");

        submit("not-my-password-at-all", SECOND, SECOND);
        assertError("current", text("en", "password.error.current"));
        screenshot("password-wrong-current-en");

        submit(FIRST, "password1234", "password1234");
        assertError("new", text("en", "password.error.weak"));

        submit(FIRST, SECOND, SECOND + "x");
        assertError("confirm", text("en", "password.error.mismatch"));

        // The language switch translates the error shown.
        driver.findElement(By.cssSelector(".lang-switch button[data-lang=fr]")).click();
        waiting().until(d -> "fr".equals(htmlLang()));
        waiting().until(d -> d.findElement(By.id("confirm-error")).getText().equals(text("fr", "password.error.mismatch")));
        screenshot("password-mismatch-fr");

        submit(FIRST, SECOND, SECOND);
        WebElement done = visible(By.id("password-done"));
        assertThat(done.getText()).isEqualTo(text("fr", "password.done"));
        assertThat(driver.findElement(By.id("current")).getAttribute("value")).isEmpty();
        screenshot("password-done-fr");

        assertThat(basic("pw.browser", FIRST)).isEqualTo(401);
        assertThat(basic("pw.browser", SECOND)).isEqualTo(200);
        // This session goes on: the page's next call to the API is still signed in.
        driver.get(url("/password.html"));
        waitForTexts();
        assertThat(driver.getCurrentUrl()).contains("/password.html");
    }

    @Test
    void theLoginPageSaysHowLongToWaitAfterTooManyFailures() throws Exception {
        driver.get(url("/login?throttled=42&lang=nl"));
        waitForTexts();
        WebElement wait = visible(By.id("login-throttled"));
        assertThat(wait.getText()).isEqualTo(text("nl", "login.throttled").replace("{seconds}", "42"));
        screenshot("login-throttled-nl");
        driver.get(url("/login?throttled=%3Cb%3E&lang=en"));
        waitForTexts();
        assertThat(driver.findElement(By.id("login-throttled")).isDisplayed()).isFalse();
    }

    private void submit(String current, String next, String confirm) {
        for (String[] field : new String[][] {{"current", current}, {"new", next}, {"confirm", confirm}}) {
            WebElement input = driver.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
    }

    private void assertError(String field, String text) {
        waiting().until(d -> d.findElement(By.id(field + "-error")).isDisplayed()
                && d.findElement(By.id(field + "-error")).getText().equals(text));
        assertThat(driver.findElement(By.id(field)).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id(field)).getAttribute("aria-describedby")).contains(field + "-error");
    }

    private int basic(String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/offers")))
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
