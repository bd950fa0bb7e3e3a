package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A partner answers the referrals sent to its structure; an old unanswered one stands out. */
class InboxBrowserTest extends BrowserSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFER = "epn-12-access"; // an offer of structure epn-12, the partner's

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerTakesOneReferralToCompletionAndRefusesAnOverdueOneWithAReason() throws Exception {
        String fresh = refer("Rendez-vous le matin de préférence.");
        String old = refer(null);
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
            waiting().until(d -> d.findElements(By.cssSelector("tr[data-referral='" + old + "'] .overdue-flag")).size() == 1);
            assertThat(htmlLang()).isEqualTo(lang);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text(lang, "inbox.title"));
            screenshot("inbox-" + lang);
        }
        WebElement oldRow = row(old);
        assertThat(oldRow.getAttribute("class")).contains("overdue");
        // Flagged in words, not only by colour.
        assertThat(oldRow.findElement(By.cssSelector(".overdue-flag")).getText())
                .isEqualTo(text("en", "inbox.overdue").replace("{days}", "27"));
        assertThat(row(fresh).findElements(By.cssSelector(".overdue-flag"))).isEmpty();
        assertThat(row(fresh).getText()).contains("Rendez-vous le matin de préférence.").contains("CPAS Molenbeek");
        // A partner neither cancels nor expires: only its own transitions are offered.
        assertThat(row(fresh).findElements(By.cssSelector("button.transition")))
                .extracting(b -> b.getAttribute("data-to")).containsExactly("ACCEPTED", "REFUSED");

        row(fresh).findElement(By.cssSelector("button[data-to=ACCEPTED]")).click();
        waiting().until(d -> "ACCEPTED".equals(row(fresh).getAttribute("data-status")));
        assertThat(visible(By.cssSelector("#inbox-message .notice")).getText())
                .isEqualTo(text("en", "inbox.done").replace("{status}", text("en", "status.ACCEPTED")));
        assertThat(row(fresh).findElements(By.cssSelector("button.transition")))
                .extracting(b -> b.getAttribute("data-to")).containsExactly("SCHEDULED");

        // The partner takes the accepted referral to its end, one allowed step at a time.
        for (String next : new String[]{"SCHEDULED", "ATTENDED", "COMPLETED"}) {
            row(fresh).findElement(By.cssSelector("button[data-to=" + next + "]")).click();
            waiting().until(d -> next.equals(row(fresh).getAttribute("data-status")));
        }
        assertThat(row(fresh).findElements(By.cssSelector("button.transition"))).isEmpty();

        row(old).findElement(By.cssSelector("button[data-to=REFUSED]")).click();
        WebElement reason = visible(By.id("reason-" + old));
        row(old).findElement(By.cssSelector(".refuse-form button[type=submit]")).click();
        assertThat(visible(By.id("reason-" + old + "-error")).getText()).isEqualTo(text("en", "inbox.reasonRequired"));
        assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("inbox-refusing-en");
        reason.sendKeys("No place before next month.");
        row(old).findElement(By.cssSelector(".refuse-form button[type=submit]")).click();
        waiting().until(d -> "REFUSED".equals(row(old).getAttribute("data-status")));
        assertThat(row(old).findElements(By.cssSelector(".overdue-flag"))).isEmpty();

        JsonNode refused = api("admin", "GET", "/api/v1/referrals/" + old, null, 200);
        assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("history").toString()).contains("No place before next month.");
        JsonNode completed = api("admin", "GET", "/api/v1/referrals/" + fresh, null, 200);
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("history").findValuesAsText("to"))
                .containsExactly("SENT", "ACCEPTED", "SCHEDULED", "ATTENDED", "COMPLETED");

        // The filter shows one status at a time.
        new Select(driver.findElement(By.id("status-filter"))).selectByValue("REFUSED");
        driver.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#inbox-rows tr")).stream()
                .allMatch(tr -> "REFUSED".equals(tr.getAttribute("data-status"))));
        assertThat(driver.findElements(By.cssSelector("#inbox-rows tr[data-referral='" + old + "']"))).hasSize(1);
    }

    private WebElement row(String id) {
        return driver.findElement(By.cssSelector("tr[data-referral='" + id + "']"));
    }

    /** A referral from CPAS Molenbeek to the partner's offer, made over the API with Basic authentication. */
    private String refer(String note) throws Exception {
        JsonNode diagnosis = api("sw-molenbeek", "POST", "/api/v1/diagnoses",
                "{\"answers\":{\"device\":\"SMARTPHONE_ONLY\",\"internet\":\"PUBLIC_OR_SHARED\",\"email\":\"WITH_HELP\",\"onlineProcedures\":\"CANNOT\"}}",
                201);
        String body = "{\"diagnosisId\":\"" + diagnosis.path("id").asText() + "\",\"offerId\":\"" + OFFER + "\""
                + (note == null ? "" : ",\"note\":" + JSON.writeValueAsString(note)) + "}";
        return api("sw-molenbeek", "POST", "/api/v1/referrals", body, 201).path("id").asText();
    }
}
