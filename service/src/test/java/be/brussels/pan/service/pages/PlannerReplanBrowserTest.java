package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, done when: a planner imports a registry CSV, builds a roster from demand, publishes it, marks an
 * animator absent on one day, re-plans, and the re-plan keeps every locked session the absence does not touch in
 * place and the page reports what moved, with the reasons. The registry is the illustrative one plus the imported
 * venue, so the page labels the roster ILLUSTRATIVE.
 */
class PlannerReplanBrowserTest extends BrowserSupport {

    @Test
    void aPlannerImportsBuildsPublishesMarksAnAbsenceAndReplans() throws Exception {
        // The demand: three diagnoses today; the week planned is two weeks ahead (its 4 weeks before hold them).
        String esteban = Files.readString(Path.of("..", "examples", "requests", "esteban.json"));
        for (int i = 0; i < 3; i++) {
            api("counsellor", "POST", "/api/v1/diagnoses", esteban, 201);
        }
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Brussels")).plusWeeks(2);
        String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Path venues = Files.createTempFile("pan-venues-", ".csv");
        venues.toFile().deleteOnExit();
        Files.writeString(venues, "id;name;kind;address;commune;seats;accessible;startDigital;open\n"
                + "epn-e2e;EPN de la rue Ribaucourt;EPN;Rue Ribaucourt 1, 1080 Molenbeek-Saint-Jean;21012;12;true;true;"
                + "MON-1|MON-2|TUE-1|TUE-2|WED-1|WED-2|THU-1|THU-2|FRI-1|FRI-2\n");

        signIn("planner", "en");
        // The registry: illustrative data said so; a planner's CSV imported through the page.
        assertThat(visible(By.id("registry-illustrative")).getText()).contains("ILLUSTRATIVE");
        driver.findElement(By.cssSelector("#registry-venues summary")).click();
        driver.findElement(By.id("import-venues")).sendKeys(venues.toAbsolutePath().toString());
        driver.findElement(By.id("import-venues-button")).click();
        waiting().until(d -> d.findElement(By.id("registry-message")).getText().contains("1 new"));
        WebElement imported = visible(By.cssSelector("#registry-venues tr[data-id='epn-e2e']"));
        assertThat(imported.getText()).contains("Rue Ribaucourt 1").doesNotContain("ILLUSTRATIVE");
        assertThat(driver.findElement(By.cssSelector("#registry-venues tr[data-id='epn-01']")).getText())
                .contains("ILLUSTRATIVE");
        assertThat(driver.findElement(By.id("export-venues")).getAttribute("href")).endsWith("/api/v1/registry/venues.csv");

        // From demand, on the registry.
        WebElement weekField = driver.findElement(By.id("week"));
        weekField.clear();
        weekField.sendKeys(week);
        WebElement seconds = driver.findElement(By.id("seconds"));
        seconds.clear();
        seconds.sendKeys("3");
        driver.findElement(By.id("build")).click();
        WebElement live = visible(By.id("progress"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "DONE".equals(live.getAttribute("data-status")));
        String roster = driver.getCurrentUrl().replaceAll(".*roster=([0-9a-f-]+).*", "$1");
        WebElement outcome = visible(By.id("outcome"));
        waiting().until(d -> !outcome.getText().isBlank());
        assertThat(outcome.getText()).matches("\\d+ of \\d+ sessions placed; every rule respected; .*\\.");
        assertThat(driver.findElement(By.id("score-details")).getAttribute("open")).isNull();
        assertThat(visible(By.id("roster-illustrative")).getText()).contains("ILLUSTRATIVE");
        // The grid: dated days, each session's language, public and seats.
        WebElement firstDay = driver.findElement(By.cssSelector("#roster-grid thead th[data-day]"));
        assertThat(firstDay.getText()).matches("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday), [A-Z][a-z]+ \\d{1,2}");
        WebElement session = driver.findElement(By.cssSelector("#roster-grid li.session"));
        assertThat(session.findElement(By.className("session-language")).getText()).startsWith("Language: ");
        assertThat(session.findElement(By.className("session-public")).getText()).startsWith("Public: ");
        assertThat(session.findElement(By.className("session-seats")).getText()).matches("\\d+ seat\\(s\\)");

        // Publish from the week's list.
        WebElement row = visible(By.cssSelector("#rosters-table tr[data-roster='" + roster + "']"));
        assertThat(row.getText()).contains("ILLUSTRATIVE");
        row.findElement(By.cssSelector("button.publish")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#planner-message .notice")).getText().startsWith("Week " + week + " published"));
        waiting().until(d -> d.findElement(By.cssSelector("#rosters-table tr[data-roster='" + roster + "'] .published"))
                .getText().equals("Published"));

        // Every published session is locked (bookings will stand there); its animator is absent on its day.
        JsonNode published = api("planner", "GET", "/api/v1/sessions?week=" + week, null, 200);
        assertThat(published).isNotEmpty();
        for (JsonNode s : published) {
            api("planner", "POST", "/api/v1/sessions/" + s.get("id").asText() + "/lock", null, 200);
            assertThat(s.get("illustrative").asBoolean()).isTrue();
        }
        String animator = published.get(0).at("/animator/id").asText();
        LocalDate day = OffsetDateTime.parse(published.get(0).get("start").asText()).toLocalDate();
        Set<String> hit = new HashSet<>();
        for (JsonNode s : published) {
            if (s.at("/animator/id").asText().equals(animator)
                    && OffsetDateTime.parse(s.get("start").asText()).toLocalDate().equals(day)) {
                hit.add(s.get("id").asText());
            }
        }
        new Select(driver.findElement(By.id("absent-animator"))).selectByValue(animator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("absent-day")), day.toString());
        driver.findElement(By.id("mark-absent")).click();
        waiting().until(d -> d.findElement(By.id("registry-message")).getText()
                .startsWith("Absence recorded: " + animator + " on " + day));
        assertThat(api("planner", "GET", "/api/v1/registry/animators/" + animator, null, 200).get("absences").toString())
                .contains(day.toString());

        // Re-plan the published roster from the list.
        visible(By.cssSelector("#rosters-table tr[data-roster='" + roster + "'] button.replan")).click();
        waiting().until(d -> !d.getCurrentUrl().contains(roster));
        String replan = driver.getCurrentUrl().replaceAll(".*roster=([0-9a-f-]+).*", "$1");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "DONE".equals(live.getAttribute("data-status")));
        WebElement changes = visible(By.id("changes"));
        waiting().until(d -> !d.findElement(By.id("changes-summary")).getText().isBlank());

        JsonNode report = api("planner", "GET", "/api/v1/rosters/" + replan + "/changes", null, 200);
        assertThat(report.get("kept").asInt()).as("every locked session the absence does not touch stays")
                .isEqualTo(published.size() - hit.size());
        Set<String> changed = new HashSet<>();
        report.get("changes").forEach(c -> {
            if (!c.get("change").asText().equals("ADDED")) {
                changed.add(c.get("publishedSession").asText());
            }
        });
        assertThat(changed).isEqualTo(hit);
        assertThat(driver.findElement(By.id("changes-summary")).getText())
                .startsWith(report.get("kept").asInt() + " kept in place, " + report.get("moved").asInt() + " moved, "
                        + report.get("dropped").asInt() + " dropped");
        List<WebElement> items = changes.findElements(By.cssSelector("#changes-list > li"));
        assertThat(items).hasSize(report.get("changes").size());
        for (WebElement item : items) {
            if (!"ADDED".equals(item.getAttribute("data-change"))) {
                assertThat(item.getText()).containsAnyOf("Moved", "Dropped").contains("locked")
                        .contains("H4: animator " + animator);
            }
        }
        // The re-plan is the one to publish now; the grid shows it.
        WebElement replanRow = visible(By.cssSelector("#rosters-table tr[data-roster='" + replan + "']"));
        assertThat(replanRow.findElements(By.cssSelector("button.publish"))).hasSize(1);
        screenshot("planner-replan-en");
    }
}
