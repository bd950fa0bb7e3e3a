package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.RosterJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A planner uploads a small generated week (with one session nobody can give), follows the solve to the end,
 * reads the grid, the unassigned session and its reasons, downloads the CSV and a calendar; then builds a week
 * from the stored demand and stops it early; a week without demand is explained next to the field.
 */
class PlannerBrowserTest extends BrowserSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;


    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPlannerSolvesAnUploadedWeekAndSeesTheGridTheUnassignedAndTheDownloads() throws Exception {
        Path file = problemFile();

        signIn("planner", "en");
        assertThat(driver.getCurrentUrl()).endsWith("/planner.html");
        // A planner plans: the navigation offers the planning pages, not the diagnosis nor the inbox.
        waiting().until(d -> d.findElement(By.cssSelector(".site-nav li[data-nav=stats]")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".site-nav li[data-nav=planner] a")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.cssSelector(".site-nav li[data-nav=diagnosis]")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".site-nav li[data-nav=inbox]")).isDisplayed()).isFalse();

        WebElement seconds = driver.findElement(By.id("seconds"));
        seconds.clear();
        seconds.sendKeys("3");
        driver.findElement(By.id("problem-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();

        WebElement live = visible(By.id("progress"));
        assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
        waiting().until(d -> "SOLVING".equals(live.getAttribute("data-status")));
        assertThat(driver.findElement(By.id("stop")).isDisplayed()).isTrue();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "DONE".equals(live.getAttribute("data-status")));
        assertThat(live.getAttribute("data-seen")).startsWith("SOLVING").endsWith("DONE");
        assertThat(driver.findElement(By.id("progress-status")).getText()).startsWith(text("en", "roster.DONE"));
        assertThat(driver.findElement(By.id("progress-score")).getAttribute("textContent")).matches("-?\\d+ hard · -?\\d+ medium · -?\\d+ soft");
        assertThat(driver.findElement(By.id("progress-placed")).getText()).matches("\\d+ of 11");
        assertThat(driver.findElement(By.id("stop")).isDisplayed()).isFalse();
        String roster = driver.getCurrentUrl().replaceAll(".*roster=([0-9a-f-]+).*", "$1");

        // The grid: communes as row headers, days as column headers, each session with its animator.
        WebElement grid = visible(By.id("roster-grid"));
        assertThat(grid.findElements(By.cssSelector("thead th[scope=col]")).size()).isGreaterThan(1);
        assertThat(grid.findElements(By.cssSelector("tbody th[scope=row]"))).isNotEmpty();
        List<WebElement> placed = grid.findElements(By.cssSelector("li.session"));
        assertThat(placed).isNotEmpty();
        assertThat(placed.get(0).getText()).contains("Animator: ");
        assertThat(driver.findElement(By.id("progress-placed")).getText()).startsWith(placed.size() + " of 11");
        WebElement impossible = visible(By.cssSelector("#unassigned li[data-session=s-finnish]"));
        assertThat(impossible.getText()).contains("s-finnish").contains("no animator speaks fi");

        String csv = driver.findElement(By.id("csv-link")).getAttribute("href");
        assertThat(csv).endsWith("/api/v1/rosters/" + roster + ".csv?lang=en");
        assertThat(status(csv)).isEqualTo(200);
        List<WebElement> ics = driver.findElements(By.cssSelector("#ics-links a"));
        assertThat(ics).isNotEmpty();
        assertThat(ics.get(0).getAttribute("href")).contains("/api/v1/rosters/" + roster + "/animators/").endsWith(".ics?lang=en");
        assertThat(status(ics.get(0).getAttribute("href"))).isEqualTo(200);
        assertThat(driver.findElement(By.id("stats-link")).getAttribute("href")).endsWith("/stats.html?roster=" + roster);

        // The same roster in the three languages, by its address; and at 360 px.
        for (String lang : List.of("fr", "nl", "en")) {
            driver.get(url("/planner.html?roster=" + roster + "&lang=" + lang));
            waitForTexts();
            waiting().until(d -> d.findElements(By.cssSelector("#roster-grid li.session")).size() == placed.size());
            assertThat(htmlLang()).isEqualTo(lang);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text(lang, "planner.title"));
            assertThat(driver.findElement(By.cssSelector("#roster-grid thead th")).getText()).isEqualTo(text(lang, "planner.commune"));
            screenshot("planner-" + lang);
        }
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.navigate().refresh();
        waitForTexts();
        waiting().until(d -> !d.findElements(By.cssSelector("#roster-grid li.session")).isEmpty());
        // The page itself does not scroll sideways: only the grid's own region does.
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(widest()).isLessThanOrEqualTo(0L);
        screenshot("planner-en-360");
    }

    @Test
    void aWeekIsBuiltFromTheDemandAndStoppedEarlyAndAWeekWithoutDemandIsExplained() throws Exception {
        // Five of Esteban in the latest ended month, whose demand plans the coming weeks (issue 15: whole months,
        // groups of at least 5).
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        List<java.util.UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(java.util.UUID.fromString(api("counsellor", "POST", "/api/v1/diagnoses", esteban, 201).path("id").asText()));
        }
        be.brussels.pan.service.support.Backdated.intoMonth(jdbc, ids, be.brussels.pan.service.support.Backdated.lastEndedMonth());
        signIn("planner", "fr");
        WebElement week = driver.findElement(By.id("week"));
        assertThat(week.getAttribute("value")).matches("\\d{4}-W\\d{2}");
        week.clear();
        week.sendKeys("2001-W10");
        driver.findElement(By.id("build")).click();
        WebElement error = visible(By.id("week-error"));
        assertThat(error.getText()).isEqualTo(text("fr", "planner.weekError"));
        assertThat(week.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus goes to the field to correct").isEqualTo("week");

        LocalDate next = LocalDate.now(ZoneId.of("Europe/Brussels")).plusWeeks(1);
        week.clear();
        week.sendKeys(String.format("%d-W%02d", next.get(IsoFields.WEEK_BASED_YEAR), next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        WebElement seconds = driver.findElement(By.id("seconds"));
        seconds.clear();
        seconds.sendKeys("600");
        driver.findElement(By.id("build")).click();
        assertThat(error.isDisplayed()).isFalse();
        WebElement live = visible(By.id("progress"));
        waiting().until(d -> "SOLVING".equals(live.getAttribute("data-status"))
                && driver.findElement(By.id("progress-placed")).getText().matches("\\d+ sur [1-9]\\d*"));
        visible(By.id("stop")).click();
        waiting().until(d -> "DONE".equals(live.getAttribute("data-status")));
        assertThat(live.getAttribute("data-seen")).isEqualTo("SOLVING DONE");
        // Esteban's sessions (Start Digital, demand in Molenbeek) are placed in the grid, under the commune of the
        // registry's venue that hosts them (stopped early, that need not be Molenbeek), or listed as unassigned.
        assertThat(visible(By.id("roster")).getText()).contains(text("fr", "session.START_DIGITAL"));
        int placed = driver.findElements(By.cssSelector("#roster-grid li.session")).size();
        int unassigned = driver.findElements(By.cssSelector("#unassigned > li")).size();
        assertThat(driver.findElement(By.id("progress-placed")).getText()).isEqualTo(placed + " sur " + (placed + unassigned));
        screenshot("planner-demand-fr");
    }

    @Test
    void whenEverySolverIsBusyThePlannerIsToldToTryAgainInWords() throws Exception {
        Path file = problemFile();
        String problem = Files.readString(file);
        List<String> busy = new java.util.ArrayList<>();
        try {
            // The service solves two rosters at a time (pan.rosters.max-concurrent-solves).
            for (int i = 0; i < 2; i++) {
                busy.add(api("planner", "POST", "/api/v1/rosters?seconds=600", problem, 202).path("id").asText());
            }
            signIn("planner", "nl");
            driver.findElement(By.id("problem-file")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("upload")).click();
            WebElement alert = visible(By.cssSelector("#planner-message .alert"));
            assertThat(alert.getText()).isEqualTo(text("nl", "planner.tooMany"));
            assertThat(alert.getAttribute("role")).isEqualTo("alert");
            assertThat(driver.findElement(By.id("run")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("upload")).isEnabled()).isTrue();
            screenshot("planner-busy-nl");
        } finally {
            for (String id : busy) {
                api("planner", "DELETE", "/api/v1/rosters/" + id, null, 200);
            }
        }
    }

    @Test
    void aFileThatIsNotAProblemIsExplainedNextToTheField() throws Exception {
        Path notJson = Files.createTempFile("pan-not-json-", ".json");
        notJson.toFile().deleteOnExit();
        Files.writeString(notJson, "week 49, sessions: many");
        ObjectNode problem = (ObjectNode) JSON.readTree(Files.readString(problemFile()));
        problem.putArray("sessions");
        Path empty = Files.createTempFile("pan-empty-", ".json");
        empty.toFile().deleteOnExit();
        Files.writeString(empty, JSON.writeValueAsString(problem));

        signIn("planner", "en");
        driver.findElement(By.id("upload")).click();
        WebElement error = visible(By.id("file-error"));
        assertThat(error.getText()).isEqualTo(text("en", "planner.fileMissing"));
        WebElement input = driver.findElement(By.id("problem-file"));
        input.sendKeys(notJson.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        waiting().until(d -> error.getText().equals(text("en", "planner.fileNotJson")));
        input.sendKeys(empty.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        // The service names the part of the problem it refuses.
        waiting().until(d -> error.getText().startsWith("The problem is refused (sessions): "));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("run")).isDisplayed()).isFalse();
    }

    /** A small generated week (illustrative data) plus one session in Finnish, which no animator speaks. */
    private static Path problemFile() throws Exception {
        ObjectNode problem = (ObjectNode) JSON.readTree(RosterJson.write(
                ProblemGenerator.generate(Dimensions.forSessions(10), 11, true).problem()));
        ArrayNode sessions = (ArrayNode) problem.get("sessions");
        ObjectNode finnish = sessions.get(0).deepCopy();
        finnish.put("id", "s-finnish").put("language", "fi");
        finnish.remove("pinned");
        sessions.add(finnish);
        Path file = Files.createTempFile("pan-problem-", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, JSON.writeValueAsString(problem));
        return file;
    }

    /** The deepest elements wider than the window, to say what overflows. */
    private String widest() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return 'window ' + window.innerWidth + ', scroller ' + document.querySelector('.table-scroll').clientWidth + ': ' + "
                        + "[...document.querySelectorAll('body *')].filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));
    }

    /** The status of a GET made by the page's own session (the downloads need the signed-in user). */
    private int status(String href) {
        Object value = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(b => done(r.status + ' ' + b.length)));",
                href);
        String[] parts = value.toString().split(" ");
        assertThat(Integer.parseInt(parts[1])).as("body of " + href).isPositive();
        return Integer.parseInt(parts[0]);
    }
}
