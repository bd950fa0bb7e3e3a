package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the real service on a random port with an in-memory H2 database and one user per
 * role, driven by Debian's headless Chromium through its chromedriver (no Selenium Manager, no download).
 * Without Chromium or the driver the tests are skipped, except under {@code CI=true} where they fail.
 * Screenshots go to {@code target/screenshots/}. Each screenshot is a page state the test reached, and axe-core
 * checks it first ({@link #assertAccessible}): no WCAG 2.1 A/AA violation on any state a browser test visits.
 * Chromium's console is read at each screenshot and after each test ({@link #assertNoPolicyViolation}): a
 * Content-Security-Policy or Permissions-Policy violation on any page a test visits fails it. Public, with
 * protected helpers, for the attack-table tests that need a browser (package {@code attack}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:pages-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "pan.bootstrap-users=" + BrowserSupport.USERS})
public abstract class BrowserSupport {

    static final String PASSWORD = "lantern-Quartz-58-meadow";
    static final String USERS = "counsellor:" + PASSWORD + ":COUNSELLOR:Actiris,"
            + "sw-molenbeek:" + PASSWORD + ":SOCIAL_WORKER:CPAS Molenbeek,"
            + "partner-epn12:" + PASSWORD + ":PARTNER:epn-12,"
            + "planner:" + PASSWORD + ":PLANNER:CIN,"
            + "admin:" + PASSWORD + ":ADMIN:CIN";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /**
     * axe-core, installed by {@code npm ci} in {@code src/test/browser} (pinned in its package-lock.json; .ci/run
     * does it). Missing: the checks fail under {@code CI=true}, and are skipped with a warning elsewhere.
     */
    static final Path AXE = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
    /** The rules axe runs: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static String axeSource;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper API_JSON = new ObjectMapper();

    protected static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String why = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ": the browser tests must run in CI (apt-get install chromium chromium-driver)");
            }
            Assumptions.abort(why + ": browser tests skipped");
        }
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("se.avoid.stats", "true");
        profile = Files.createTempDirectory("pan-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=fr-BE");
        // The console, where Chromium reports every script, style or frame the Content-Security-Policy refuses.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
        if (Files.isRegularFile(AXE)) {
            axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        } else if ("true".equals(System.getenv("CI"))) {
            fail(AXE.toAbsolutePath() + " is missing: run `npm ci` in service/src/test/browser (.ci/run does)");
        } else {
            System.err.println("WARNING: " + AXE.toAbsolutePath() + " is missing (npm ci in service/src/test/browser):"
                    + " the browser tests run without their accessibility checks");
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.executeScript("window.localStorage.clear();");
    }

    /** What a test left in the console after its last screenshot (a page it visited without one). */
    @AfterEach
    void noPolicyViolationLeft() {
        if (driver != null) {
            assertNoPolicyViolation("after the test (" + driver.getCurrentUrl() + ")");
        }
    }

    /**
     * Fails, quoting Chromium's messages, if the console has reported a Content-Security-Policy violation (an
     * inline script, event handler or style attribute refused, a script, style or connection to another origin)
     * or a Permissions-Policy error since it was last read. Reading the console empties it.
     */
    void assertNoPolicyViolation(String state) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(BrowserSupport::isPolicyViolation)
                .toList();
        assertThat(violations).as(state + ": Content-Security-Policy or Permissions-Policy violations in the console")
                .isEmpty();
    }

    static boolean isPolicyViolation(String consoleMessage) {
        return consoleMessage.contains("Content Security Policy") || consoleMessage.contains("Content-Security-Policy")
                || consoleMessage.contains("Permissions-Policy") || consoleMessage.contains("Permissions policy");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * A call to the API as {@code user} with Basic authentication, the way a machine client makes it (test
     * data is set up this way, not through the pages). Fails unless the answer has the expected status.
     *
     * @return the answer's body as JSON
     */
    protected JsonNode api(String user, String method, String path, String body, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return API_JSON.readTree(response.body());
    }

    protected WebDriverWait waiting() {
        // The pages re-render lists when data arrives: an element read mid-render is simply read again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in through the login page shown in {@code lang}; lands on the home page of the role. */
    protected void signIn(String user, String lang) {
        driver.get(url("/login?lang=" + lang));
        waitForTexts();
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        waitForTexts();
    }

    /** Waits until the dictionary has been applied (the header's name is filled in). */
    protected void waitForTexts() {
        waiting().until(d -> !d.findElement(By.cssSelector(".app-name span")).getText().isBlank());
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The text of a key in a language, read from the page's own dictionary. */
    protected String text(String lang, String key) {
        Object value = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/i18n/' + arguments[0] + '.json').then(r => r.json()).then(d => done(d[arguments[1]]));",
                lang, key);
        return (String) value;
    }

    protected WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Runs axe-core on the page as it is now and fails, listing each violation (rule, impact, help and the
     * elements), unless axe finds no WCAG 2.1 A/AA violation. {@code state} names the page state in the message.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String state) {
        if (axeSource == null) {
            return;
        }
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource);
        }
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));",
                WCAG_TAGS);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(state + ": " + violations.size() + " WCAG 2.1 A/AA violation(s) by axe-core");
            for (Map<String, Object> v : violations) {
                message.append("\n- ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ").append(v.get("help"));
                for (Object node : (List<Object>) v.get("nodes")) {
                    message.append("\n    ").append(node);
                }
            }
            fail(message.toString());
        }
    }

    /**
     * A page state: no policy violation so far ({@link #assertNoPolicyViolation}), axe-core checks it
     * ({@link #assertAccessible}), then a PNG of the whole page (beyond the
     * viewport) goes under target/screenshots.
     */
    protected void screenshot(String name) throws IOException {
        assertNoPolicyViolation(name + " (" + driver.getCurrentUrl() + ")");
        assertAccessible(name + " (" + driver.getCurrentUrl() + ")");
        byte[] png;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> shot = (Map<String, Object>) driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
