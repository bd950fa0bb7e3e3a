package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.RosterJson;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A planner reads one ended month's fragility by commune and by target group, with the small cells absent as the
 * API leaves them out (statistics 2.0, issue 15), and compares the demand per commune with the sessions of a roster.
 */
class StatsBrowserTest extends BrowserSupport {

    private static final String DAY = "2003-05-06";
    private static final String MONTH = "2003-05";

    @Autowired
    JdbcClient jdbc;

    @Test
    void chartsShowTheNumbersAsTextAndNeverASmallCell() throws Exception {
        diagnoses(7, "1080"); // Molenbeek-Saint-Jean: shown
        diagnoses(6, "1070"); // Anderlecht: hidden to protect Bruxelles
        diagnoses(3, "1000"); // Bruxelles: under the threshold
        String roster = solvedRoster();
        int assigned = api("planner", "GET", "/api/v1/rosters/" + roster, null, 200).path("solution").path("assignments").size();

        signIn("planner", "en");
        waiting().until(d -> d.findElement(By.cssSelector(".site-nav li[data-nav=stats]")).isDisplayed());
        driver.findElement(By.cssSelector(".site-nav li[data-nav=stats] a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/stats.html"));
        waitForTexts();
        // The page opens on the latest ended month, which the API chose; the planner asks for another.
        WebElement monthField = driver.findElement(By.id("month"));
        waiting().until(d -> monthField.getAttribute("value").matches("\\d{4}-\\d{2}"));
        assertThat(monthField.getAttribute("value"))
                .isEqualTo(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Brussels")).minusMonths(1).toString());
        monthField.clear();
        monthField.sendKeys(MONTH);
        driver.findElement(By.id("roster-id")).sendKeys(roster);
        driver.findElement(By.cssSelector("#stats-filter button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("month=" + MONTH) && d.getCurrentUrl().contains("roster=" + roster));
        waiting().until(d -> d.findElements(By.cssSelector("#demand-table td.placed")).size() > 0);

        assertThat(driver.findElement(By.id("stats-total")).getText()).isEqualTo("16 diagnoses in 2003-05.");
        WebElement chart = visible(By.cssSelector("#commune-chart svg[role=img]"));
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("chart-commune-title chart-commune-desc");
        WebElement molenbeek = chart.findElement(By.cssSelector("g[data-row='21012']"));
        assertThat(molenbeek.findElements(By.cssSelector("text.value"))).extracting(WebElement::getText)
                .contains("7").contains("–");
        // Anderlecht (6, hidden so that Bruxelles' 3 cannot be worked out) and Bruxelles (3) are not in the answer:
        // no row for them, as for a commune without diagnoses.
        assertThat(chart.findElements(By.cssSelector("g[data-row='21001'], g[data-row='21004']"))).isEmpty();
        // Every bar's level is written out, not only coloured.
        assertThat(molenbeek.getText()).contains(text("en", "level.NONE"), text("en", "level.SEVERE"));
        String desc = (String) driver.executeScript("return document.getElementById('chart-commune-desc').textContent;");
        assertThat(desc).contains(text("en", "commune.21012") + ": ").contains(text("en", "stats.notShown"));
        WebElement seniors = visible(By.cssSelector("#group-chart svg g[data-row=SENIORS]"));
        assertThat(seniors.getText()).contains(text("en", "tg.SENIORS")).contains("16");
        assertThat(driver.findElement(By.id("stats-suppression")).getText()).contains("5").contains("–");

        // Demand against the roster: a commune the answer does not list reads "–" ("not shown" to a screen reader).
        assertThat(driver.findElement(By.cssSelector("#demand-table tr[data-commune='21012'] td.demand")).getText()).isEqualTo("7");
        for (WebElement row : driver.findElements(By.cssSelector("#demand-table tbody tr"))) {
            if (!"21012".equals(row.getAttribute("data-commune"))) {
                WebElement demand = row.findElement(By.cssSelector("td.demand"));
                assertThat(demand.getText()).startsWith("–");
                assertThat(demand.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent"))
                        .isEqualTo(text("en", "stats.notShown"));
            }
        }
        assertThat(driver.findElements(By.cssSelector("#demand-table td.demand"))).extracting(WebElement::getText)
                .doesNotContain("3", "6");
        int placed = driver.findElements(By.cssSelector("#demand-table td.placed")).stream()
                .mapToInt(td -> Integer.parseInt(td.getText())).sum();
        assertThat(placed).isEqualTo(assigned);
        assertThat(driver.findElements(By.cssSelector("#demand-table thead th[scope=col]"))).hasSize(4);

        // A month that has not ended is explained next to the field, which gets the focus.
        WebElement month = driver.findElement(By.id("month"));
        month.clear();
        month.sendKeys(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Brussels")).toString());
        driver.findElement(By.cssSelector("#stats-filter button[type=submit]")).click();
        WebElement error = visible(By.id("month-error"));
        assertThat(error.getText()).isEqualTo(text("en", "stats.monthError"));
        assertThat(month.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("month");

        for (String lang : List.of("fr", "nl", "en")) {
            driver.get(url("/stats.html?month=" + MONTH + "&roster=" + roster + "&lang=" + lang));
            waitForTexts();
            waiting().until(d -> d.findElements(By.cssSelector("#demand-table td.placed")).size() > 0);
            assertThat(htmlLang()).isEqualTo(lang);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text(lang, "stats.title"));
            assertThat(driver.findElement(By.cssSelector("#group-chart svg title")).getAttribute("textContent"))
                    .isEqualTo(text(lang, "stats.byGroup"));
            screenshot("stats-" + lang);
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        driver.navigate().refresh();
        waitForTexts();
        waiting().until(d -> d.findElements(By.cssSelector("#demand-table td.placed")).size() > 0);
        // At 360 px the charts shrink to the width and the page does not scroll sideways.
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertThat(driver.findElement(By.cssSelector("#commune-chart svg")).getRect().getWidth()).isLessThanOrEqualTo(360);
        screenshot("stats-en-360");
    }

    /** Diagnoses of seniors without device nor internet, moved to a day of their own (other tests share the database). */
    private void diagnoses(int count, String postcode) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.fromString(api("counsellor", "POST", "/api/v1/diagnoses",
                    "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"},"
                            + "\"channel\":\"CPAS\",\"profile\":{\"age\":70,\"postcode\":\"" + postcode + "\"}}", 201).path("id").asText()));
        }
        for (UUID id : ids) {
            jdbc.sql("update diagnoses set created_at = ? where id = ?").params(OffsetDateTime.parse(DAY + "T10:00:00+02:00"), id).update();
        }
    }

    /** A small generated week (illustrative data) solved for one second over the API. */
    private String solvedRoster() throws Exception {
        String problem = RosterJson.write(ProblemGenerator.generate(Dimensions.forSessions(8), 3, true).problem());
        String id = api("planner", "POST", "/api/v1/rosters?seconds=1", problem, 202).path("id").asText();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"DONE".equals(api("planner", "GET", "/api/v1/rosters/" + id, null, 200).path("status").asText())) {
            assertThat(System.nanoTime()).as("roster solved in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        return id;
    }
}
