package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner answers the referrals sent to its structure (an old unanswered one stands out), with the history,
 * the slip number, the reference and the person's languages and needs on each card; the referrer reads the
 * refusal's reason, cancels after a confirmation, searches, filters and pages, and all of it reads at 360 px.
 */
class InboxBrowserTest extends BrowserSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFER = "epn-12-access"; // an offer of structure epn-12, the partner's

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerTakesOneReferralToCompletionAndRefusesAnOverdueOneWithAReason() throws Exception {
        String fresh = refer("Rendez-vous le matin de préférence.", "A-17");
        String old = refer(null, null);
        jdbc.sql("update referrals set created_at = ?, updated_at = ? where id = ?")
                .params(OffsetDateTime.now().minusDays(27), OffsetDateTime.now().minusDays(27), UUID.fromString(old)).update();

        signIn("partner-epn12", "en");
        assertThat(driver.getCurrentUrl()).endsWith("/inbox.html");
        // A partner does not diagnose: its navigation offers the referrals only.
        waiting().until(d -> !d.findElement(By.cssSelector(".site-nav li[data-nav=diagnosis]")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".site-nav li[data-nav=inbox]")).isDisplayed()).isTrue();
        for (String lang : List.of("fr", "nl", "en")) {
            driver.get(url("/inbox.html?lang=" + lang));
            waitForTexts();
            waiting().until(d -> d.findElements(By.cssSelector("li[data-referral='" + old + "'] .overdue-flag")).size() == 1);
            assertThat(htmlLang()).isEqualTo(lang);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text(lang, "inbox.title"));
            screenshot("inbox-" + lang);
        }
        WebElement oldCard = card(old);
        assertThat(oldCard.getAttribute("class")).contains("overdue");
        // Flagged in words, not only by colour.
        assertThat(oldCard.findElement(By.cssSelector(".overdue-flag")).getText())
                .isEqualTo(text("en", "inbox.overdue").replace("{days}", "27"));
        assertThat(card(fresh).findElements(By.cssSelector(".overdue-flag"))).isEmpty();
        assertThat(card(fresh).getText()).contains("Rendez-vous le matin de préférence.").contains("CPAS Molenbeek");
        // The slip number and the reference tell the referrals apart; the person's languages and needs, not a name.
        assertThat(card(fresh).findElement(By.cssSelector(".slip-number")).getText()).isEqualTo(fresh.substring(0, 8).toUpperCase());
        assertThat(card(fresh).findElement(By.cssSelector(".reference")).getText()).isEqualTo("A-17");
        assertThat(card(fresh).findElement(By.cssSelector(".person-languages")).getText()).contains("Arabic");
        assertThat(card(fresh).findElement(By.cssSelector(".person-needs")).getText()).isEqualTo(text("en", "need.ADMIN"));
        // A partner neither cancels nor expires: only its own transitions are offered.
        assertThat(card(fresh).findElements(By.cssSelector("button.transition")))
                .extracting(b -> b.getAttribute("data-to")).containsExactly("ACCEPTED", "REFUSED");

        card(fresh).findElement(By.cssSelector("button[data-to=ACCEPTED]")).click();
        waiting().until(d -> "ACCEPTED".equals(card(fresh).getAttribute("data-status")));
        assertThat(visible(By.cssSelector("#inbox-message .notice")).getText())
                .isEqualTo(text("en", "inbox.done").replace("{status}", text("en", "status.ACCEPTED")));
        assertThat(card(fresh).findElements(By.cssSelector("button.transition")))
                .extracting(b -> b.getAttribute("data-to")).containsExactly("SCHEDULED");

        // Scheduling a referral without a booked session asks for the date and time, a place and a contact.
        card(fresh).findElement(By.cssSelector("button[data-to=SCHEDULED]")).click();
        WebElement at = visible(By.id("appointment-" + fresh + "-at"));
        card(fresh).findElement(By.cssSelector(".schedule-form button[type=submit]")).click();
        assertThat(visible(By.id("appointment-" + fresh + "-error")).getText()).isEqualTo(text("en", "inbox.appointmentRequired"));
        screenshot("inbox-scheduling-en");
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                at, OffsetDateTime.now().plusDays(3).withHour(10).withMinute(0).toLocalDateTime().toString().substring(0, 16));
        driver.findElement(By.id("appointment-" + fresh + "-place")).sendKeys("Salle 2");
        driver.findElement(By.id("appointment-" + fresh + "-contact")).sendKeys("Accueil, 02 000 00 00");
        card(fresh).findElement(By.cssSelector(".schedule-form button[type=submit]")).click();
        waiting().until(d -> "SCHEDULED".equals(card(fresh).getAttribute("data-status")));
        assertThat(card(fresh).findElement(By.cssSelector(".appointment")).getText()).contains("10:00").contains("Salle 2");

        // ATTENDED is reversible (then COMPLETED); NO_SHOW is not, so it asks first.
        card(fresh).findElement(By.cssSelector("button[data-to=NO_SHOW]")).click();
        WebElement confirm = visible(By.cssSelector("li[data-referral='" + fresh + "'] .confirm-form"));
        assertThat(confirm.getText()).contains(text("en", "inbox.confirmText.NO_SHOW").replace("{number}", fresh.substring(0, 8).toUpperCase()));
        screenshot("inbox-confirm-no-show-en");
        confirm.findElement(By.cssSelector("button.secondary")).click();
        assertThat(card(fresh).getAttribute("data-status")).isEqualTo("SCHEDULED");
        for (String next : new String[]{"ATTENDED", "COMPLETED"}) {
            card(fresh).findElement(By.cssSelector("button[data-to=" + next + "]")).click();
            waiting().until(d -> next.equals(card(fresh).getAttribute("data-status")));
        }
        assertThat(card(fresh).findElements(By.cssSelector("button.transition"))).isEmpty();

        card(old).findElement(By.cssSelector("button[data-to=REFUSED]")).click();
        WebElement reason = visible(By.id("reason-" + old));
        card(old).findElement(By.cssSelector(".refuse-form button[type=submit]")).click();
        assertThat(visible(By.id("reason-" + old + "-error")).getText()).isEqualTo(text("en", "inbox.reasonRequired"));
        assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("inbox-refusing-en");
        reason.sendKeys("No place before next month.");
        card(old).findElement(By.cssSelector(".refuse-form button[type=submit]")).click();
        waiting().until(d -> "REFUSED".equals(card(old).getAttribute("data-status")));
        assertThat(card(old).findElements(By.cssSelector(".overdue-flag"))).isEmpty();

        JsonNode refused = api("admin", "GET", "/api/v1/referrals/" + old, null, 200);
        assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("history").toString()).contains("No place before next month.");
        JsonNode completed = api("admin", "GET", "/api/v1/referrals/" + fresh, null, 200);
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("history").findValuesAsText("to"))
                .containsExactly("SENT", "ACCEPTED", "SCHEDULED", "ATTENDED", "COMPLETED");

        // The history says who moved it, when, and why.
        WebElement history = card(fresh).findElement(By.cssSelector("details.history"));
        history.findElement(By.tagName("summary")).click();
        assertThat(history.findElements(By.cssSelector("ol li"))).hasSize(5);
        assertThat(history.getText()).contains(text("en", "inbox.by").replace("{actor}", "partner-epn12"));

        // The filter shows one status at a time.
        new Select(driver.findElement(By.id("status-filter"))).selectByValue("REFUSED");
        driver.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#inbox-list li.referral")).stream()
                .allMatch(li -> "REFUSED".equals(li.getAttribute("data-status"))));
        assertThat(driver.findElements(By.cssSelector("#inbox-list li[data-referral='" + old + "']"))).hasSize(1);

        // Each card links its slip, in the page's language, the referral's id after '#' only; the slip shows the
        // appointment the partner set.
        new Select(driver.findElement(By.id("status-filter"))).selectByValue("COMPLETED");
        driver.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
        WebElement slip = waiting().until(d -> card(fresh).findElement(By.cssSelector("a.slip-link")));
        assertThat(slip.getAttribute("href")).endsWith("/slip.html?lang=en#referral=" + fresh);
        driver.get(slip.getAttribute("href"));
        waitForTexts();
        visible(By.id("slip"));
        assertThat(driver.findElement(By.id("slip-meta")).getText()).contains(fresh.substring(0, 8).toUpperCase());
        assertThat(driver.findElement(By.id("slip-when")).getText()).contains("10:00");
        screenshot("inbox-slip-en");
    }

    @Test
    void theReferrerReadsTheRefusalsReasonCancelsAfterConfirmingAndSearchesAt360Pixels() throws Exception {
        // 23 referrals of one diagnosis reference of this run (the browser tests share their database).
        String reference = "R-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = refer(null, reference);
        String toCancel = refer(null, reference);
        for (int i = 0; i < 21; i++) {
            refer(null, reference);
        }
        api("partner-epn12", "POST", "/api/v1/referrals/" + refused + "/transitions",
                "{\"to\":\"REFUSED\",\"reason\":\"Full until March.\"}", 200);

        signIn("sw-molenbeek", "fr");
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(url("/inbox.html?lang=fr"));
        waitForTexts();
        waiting().until(d -> ((Number) driver.executeScript("return window.innerWidth")).intValue() <= 360);
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys(reference.toUpperCase());
        driver.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
        // 23 referrals, 20 a page.
        waiting().until(d -> d.findElements(By.cssSelector("#inbox-list li.referral")).size() == 20);
        assertThat(driver.findElement(By.id("inbox-count")).getText()).isEqualTo(text("fr", "inbox.count").replace("{count}", "23"));
        assertThat(driver.findElement(By.id("page-info")).getText())
                .isEqualTo(text("fr", "inbox.page").replace("{page}", "1").replace("{pages}", "2"));
        assertNoHorizontalScroll();
        screenshot("inbox-360-fr");
        driver.findElement(By.id("page-next")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#inbox-list li.referral")).size() == 3);
        assertThat(driver.findElement(By.id("page-info")).getText())
                .isEqualTo(text("fr", "inbox.page").replace("{page}", "2").replace("{pages}", "2"));

        // Search by slip number: the one referral; its refusal's reason is shown.
        search.clear();
        search.sendKeys(refused.substring(0, 8).toUpperCase());
        driver.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#inbox-list li.referral")).size() == 1);
        assertThat(card(refused).findElement(By.cssSelector(".refusal-reason")).getText()).contains("Full until March.");
        assertNoHorizontalScroll();
        screenshot("inbox-refusal-reason-360-fr");

        // Cancel: the page asks first, and "no" changes nothing.
        search.clear();
        search.sendKeys(toCancel.substring(0, 8).toLowerCase());
        driver.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#inbox-list li.referral")).size() == 1
                && !d.findElements(By.cssSelector("li[data-referral='" + toCancel + "']")).isEmpty());
        card(toCancel).findElement(By.cssSelector("button[data-to=CANCELLED]")).click();
        WebElement confirm = visible(By.cssSelector("li[data-referral='" + toCancel + "'] .confirm-form"));
        assertNoHorizontalScroll();
        screenshot("inbox-confirm-cancel-360-fr");
        confirm.findElement(By.cssSelector("button.secondary")).click();
        assertThat(driver.findElements(By.cssSelector(".confirm-form"))).isEmpty();
        assertThat(api("admin", "GET", "/api/v1/referrals/" + toCancel, null, 200).path("status").asText()).isEqualTo("SENT");
        card(toCancel).findElement(By.cssSelector("button[data-to=CANCELLED]")).click();
        visible(By.cssSelector("li[data-referral='" + toCancel + "'] .confirm-form button.confirm")).click();
        waiting().until(d -> "CANCELLED".equals(card(toCancel).getAttribute("data-status")));
        assertThat(api("admin", "GET", "/api/v1/referrals/" + toCancel, null, 200).path("status").asText()).isEqualTo("CANCELLED");
    }

    private void assertNoHorizontalScroll() {
        long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(innerWidth);
    }

    private WebElement card(String id) {
        return driver.findElement(By.cssSelector("li[data-referral='" + id + "']"));
    }

    /**
     * A referral from CPAS Molenbeek to the partner's offer, made over the API with Basic authentication, for a
     * person who speaks Arabic and needs help with administration.
     */
    private String refer(String note, String reference) throws Exception {
        JsonNode diagnosis = api("sw-molenbeek", "POST", "/api/v1/diagnoses",
                "{" + (reference == null ? "" : "\"reference\":\"" + reference + "\",")
                        + "\"answers\":{\"device\":\"SMARTPHONE_ONLY\",\"internet\":\"PUBLIC_OR_SHARED\",\"email\":\"WITH_HELP\",\"onlineProcedures\":\"CANNOT\"},"
                        + "\"profile\":{\"languages\":[\"ar\",\"fr\"]},\"extended\":{\"needs\":[\"ADMIN\"]}}",
                201);
        String body = "{\"diagnosisId\":\"" + diagnosis.path("id").asText() + "\",\"offerId\":\"" + OFFER + "\""
                + (note == null ? "" : ",\"note\":" + JSON.writeValueAsString(note)) + "}";
        return api("sw-molenbeek", "POST", "/api/v1/referrals", body, 201).path("id").asText();
    }
}
