package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSessions;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, done when: a counsellor diagnoses, sees the next sessions with free seats and books one; the slip
 * shows the date, time and address; the partner sees the booking and marks attendance; the counsellor sees it.
 * The same with a refusal, whose reason the counsellor reads. The sessions are published at the illustrative
 * registry's venue epn-12 (structure epn-12, the partner's), as a planner's publication would.
 */
class BookingBrowserTest extends BrowserSupport {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String ADDRESS = "Rue Ribaucourt 1, 1080 Molenbeek-Saint-Jean";
    private static final AtomicInteger WEEKS = new AtomicInteger();

    @Autowired
    PublishedSessions published;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCounsellorBooksASeatThePartnerMarksAttendanceAndTheCounsellorSeesIt() throws Exception {
        UUID session = publish(2);
        String offer = offerOf(session);

        signIn("counsellor", "fr");
        WebElement card = diagnose(offer);
        WebElement next = card.findElement(By.cssSelector(".next-session[data-session='" + session + "']"));
        assertThat(next.findElement(By.cssSelector(".session-seats")).getText())
                .startsWith(text("fr", "sessions.freeSeats").replace("{seats}", "6"));
        assertThat(next.getText()).contains("09:00").contains("10:30").contains(ADDRESS);
        screenshot("booking-next-sessions-fr");
        next.findElement(By.cssSelector("button.book-button")).click();
        WebElement link = visible(By.cssSelector("li.orientation[data-offer-id='" + offer + "'] .slip-link"));
        String referral = link.getAttribute("data-referral");
        assertThat(api("counsellor", "GET", "/api/v1/sessions/" + session, null, 200).path("freeSeats").asInt()).isEqualTo(5);

        // The slip says where and when, and offers the appointment's calendar file to the staff. Its address
        // names the referral after '#' only.
        assertThat(link.getAttribute("href")).endsWith("/slip.html?lang=fr#referral=" + referral);
        driver.get(link.getAttribute("href"));
        waitForTexts();
        WebElement when = visible(By.id("slip-when"));
        assertThat(when.getText()).contains("09:00").contains("10:30");
        assertThat(driver.findElement(By.id("slip-address-line")).getText()).contains(ADDRESS);
        WebElement ics = driver.findElement(By.id("slip-ics"));
        assertThat(ics.getAttribute("href")).endsWith("/api/v1/referrals/" + referral + "/appointment.ics");
        assertThat(fetchType(ics.getAttribute("href"))).startsWith("200 text/calendar");
        screenshot("booking-slip-fr");

        // The partner sees the booking, accepts it (which schedules it in the session) and marks attendance.
        driver.manage().deleteAllCookies();
        signIn("partner-epn12", "en");
        WebElement booking = visible(By.cssSelector("li[data-referral='" + referral + "']"));
        assertThat(booking.findElement(By.cssSelector(".appointment")).getText()).contains("09:00").contains(ADDRESS);
        booking.findElement(By.cssSelector("button[data-to=ACCEPTED]")).click();
        waiting().until(d -> "SCHEDULED".equals(card(referral).getAttribute("data-status")));
        WebElement attendance = visible(By.cssSelector("form.attendance-form[data-session='" + session + "']"));
        assertThat(attendance.findElement(By.cssSelector("fieldset[data-referral='" + referral + "']")).getText())
                .contains(referral.substring(0, 8).toUpperCase());
        screenshot("booking-attendance-en");
        attendance.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> "ATTENDED".equals(card(referral).getAttribute("data-status")));

        // The counsellor sees it.
        driver.manage().deleteAllCookies();
        signIn("counsellor", "fr");
        driver.get(url("/inbox.html?lang=fr"));
        waitForTexts();
        waiting().until(d -> "ATTENDED".equals(card(referral).getAttribute("data-status")));
        assertThat(card(referral).findElement(By.cssSelector(".status")).getText()).isEqualTo(text("fr", "status.ATTENDED"));
        screenshot("booking-attended-counsellor-fr");
    }

    @Test
    void aBookingThePartnerRefusesShowsItsReasonToTheCounsellorAndFreesTheSeat() throws Exception {
        UUID full = publish(3);
        UUID session = publish(4);
        String offer = offerOf(session);

        signIn("counsellor", "nl");
        WebElement card = diagnose(offer);
        // Someone else takes the last seats of the first session meanwhile: booking it answers 409, and the page
        // shows the next sessions with free seats that the answer offers.
        jdbc.sql("update published_sessions set booked = seats where id = ?").param(full).update();
        card.findElement(By.cssSelector(".next-session[data-session='" + full + "'] button.book-button")).click();
        WebElement offered = visible(By.cssSelector("li.orientation[data-offer-id='" + offer + "'] .sessions-box .alert"));
        assertThat(offered.getText()).isEqualTo(text("nl", "sessions.full"));
        assertThat(card.findElements(By.cssSelector(".next-session[data-session='" + full + "']"))).isEmpty();
        screenshot("booking-full-nl");
        card.findElement(By.cssSelector(".next-session[data-session='" + session + "'] button.book-button")).click();
        String referral = visible(By.cssSelector("li.orientation[data-offer-id='" + offer + "'] .slip-link")).getAttribute("data-referral");
        assertThat(api("counsellor", "GET", "/api/v1/sessions/" + session, null, 200).path("freeSeats").asInt()).isEqualTo(5);

        driver.manage().deleteAllCookies();
        signIn("partner-epn12", "nl");
        visible(By.cssSelector("li[data-referral='" + referral + "'] button[data-to=REFUSED]")).click();
        visible(By.id("reason-" + referral)).sendKeys("Groep volzet met een eigen wachtlijst.");
        card(referral).findElement(By.cssSelector(".refuse-form button[type=submit]")).click();
        waiting().until(d -> "REFUSED".equals(card(referral).getAttribute("data-status")));
        // Refusing frees the seat.
        assertThat(api("counsellor", "GET", "/api/v1/sessions/" + session, null, 200).path("freeSeats").asInt()).isEqualTo(6);

        driver.manage().deleteAllCookies();
        signIn("counsellor", "nl");
        driver.get(url("/inbox.html?lang=nl"));
        waitForTexts();
        WebElement refused = visible(By.cssSelector("li[data-referral='" + referral + "'] .refusal-reason"));
        assertThat(refused.getText()).isEqualTo(text("nl", "inbox.refusedBecause") + " Groep volzet met een eigen wachtlijst.");
        screenshot("booking-refused-counsellor-nl");
    }

    /**
     * Answers the questions for a person in Molenbeek (the venue's commune) who needs help and speaks French,
     * and returns the orientation card of {@code offer}, which lists the next sessions.
     */
    private WebElement diagnose(String offer) {
        for (String[] a : new String[][]{{"device", "COMPUTER"}, {"internet", "HOME"}, {"email", "WITH_HELP"},
                {"onlineProcedures", "WITH_HELP"}}) {
            WebElement label = driver.findElement(By.cssSelector("label[for='" + a[0] + "-" + a[1] + "']"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
            label.click();
        }
        driver.findElement(By.cssSelector("#profile-section summary")).click();
        driver.findElement(By.id("postcode")).sendKeys("1080");
        driver.findElement(By.id("submit")).click();
        visible(By.id("persona-name"));
        return visible(By.cssSelector("li.orientation[data-offer-id='" + offer + "'] .sessions-box"))
                .findElement(By.xpath("ancestor::li[contains(@class,'orientation')]"));
    }

    private WebElement card(String referral) {
        return driver.findElement(By.cssSelector("li[data-referral='" + referral + "']"));
    }

    /** A WORKSHOP of 6 seats at epn-12, {@code days} days from now, 09:00–10:30 Brussels time, in a week of its own. */
    private UUID publish(int days) {
        OffsetDateTime start = OffsetDateTime.now(BRUSSELS).plusDays(days).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).atZoneSameInstant(BRUSSELS).toOffsetDateTime();
        String week = (2050 + WEEKS.get() / 50) + "-W" + String.format("%02d", 1 + WEEKS.getAndIncrement() % 50);
        UUID roster = UUID.randomUUID();
        // The publication names a stored roster (the roster feature's table; its content is not read here).
        jdbc.sql("insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json, week)"
                        + " values (?, ?, 'planner', 'UPLOAD', 1, 'DONE', 'booking-browser-test', '{}', ?)")
                .params(roster, OffsetDateTime.now(ZoneOffset.UTC), week).update();
        Placement placement = new Placement("s-1", SessionKind.WORKSHOP, "fr", null, "21012", "21012", "TUE-1",
                "epn-12", "Open Atelier 110 de Maks", ADDRESS, start, start.plusMinutes(90), "a-01", "Animator", null, 6);
        published.publish(week, roster, List.of(placement), "planner", OffsetDateTime.now(ZoneOffset.UTC));
        return published.ofWeek(week).get("s-1").id();
    }

    private String offerOf(UUID session) throws Exception {
        JsonNode view = api("counsellor", "GET", "/api/v1/sessions/" + session, null, 200);
        assertThat(view.path("offerId").isTextual()).as("the session is a session of an offer: " + view).isTrue();
        return view.path("offerId").asText();
    }

    /** The status and content type of a GET made by the page's session. */
    private String fetchType(String href) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done({s: r.status, t: r.headers.get('Content-Type')}));", href);
        return r.get("s") + " " + r.get("t");
    }
}
