package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.pages.BrowserSupport;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Attack row "the slip's URL" (issue 15, item 5). Needs Chromium, as the other browser tests.
 *
 * <p>The attack: the slip's address named the referral, {@code /slip.html?referral=<id>&lang=fr}. An address's
 * query goes to the server and to every proxy's log on the way, and was carried in the Referer of every request
 * the slip page made. The id is all it takes to fetch the referral with a session.
 *
 * <p>Before: opening a slip from the inbox sent {@code GET /slip.html?referral=<id>}, and the slip page's own
 * requests sent that address as their Referer.
 *
 * <p>Now: the id goes after '#' ({@code /slip.html?lang=fr#referral=<id>}), which the browser never sends, and
 * {@code Referrer-Policy: no-referrer} keeps every Referer off. The server sees the referral's id only in the path
 * of the API call that reads it. An old address with the id in the query no longer opens the slip.
 */
class SlipUrlAttackTest extends BrowserSupport {

    private static final String OFFER = "epn-12-access";

    @Autowired
    RequestLog requests;

    @BeforeEach
    void forget() {
        requests.seen.clear();
    }

    @Test
    void theServerIsNeverToldWhichReferralsSlipIsOpen() throws Exception {
        String referral = refer();
        signIn("counsellor", "fr");
        driver.get(url("/inbox.html"));
        waitForTexts();
        WebElement link = visible(By.cssSelector("li[data-referral='" + referral + "'] a[href*='/slip.html']"));
        link.click();
        visible(By.id("slip"));
        waiting().until(d -> d.findElement(By.id("slip-meta")).getText().contains(referral.substring(0, 8).toUpperCase()));

        List<Seen> seen = List.copyOf(requests.seen);
        assertThat(seen).as("the slip page was served").anyMatch(r -> r.path().equals("/slip.html"));
        assertThat(seen).as("the referral was read, its id in the API's path").anyMatch(r -> r.path().equals("/api/v1/referrals/" + referral));
        assertThat(seen).as("no query names the referral").noneMatch(r -> r.query() != null && r.query().contains(referral));
        assertThat(seen).as("no Referer at all").allMatch(r -> r.referer() == null);
        assertThat(driver.getCurrentUrl()).endsWith("/slip.html?lang=fr#referral=" + referral);
        screenshot("attack-slip-url-fr");
    }

    @Test
    void anOldAddressWithTheIdInItsQueryOpensNoSlip() throws Exception {
        String referral = refer();
        signIn("counsellor", "fr");
        requests.seen.clear();

        driver.get(url("/slip.html?referral=" + referral + "&lang=fr"));
        waitForTexts();

        WebElement error = visible(By.id("slip-error"));
        assertThat(error.getText()).isEqualTo(text("fr", "slip.missing"));
        assertThat(driver.findElement(By.id("slip")).isDisplayed()).isFalse();
        assertThat(List.copyOf(requests.seen)).noneMatch(r -> r.path().startsWith("/api/v1/referrals/"));
        screenshot("attack-slip-old-address-fr");
    }

    /** A referral of the counsellor's organisation, made over the API with Basic authentication. */
    private String refer() throws Exception {
        String diagnosis = api("counsellor", "POST", "/api/v1/diagnoses",
                "{\"answers\":{\"device\":\"SMARTPHONE_ONLY\",\"internet\":\"PUBLIC_OR_SHARED\",\"email\":\"WITH_HELP\","
                        + "\"onlineProcedures\":\"CANNOT\"},\"profile\":{\"languages\":[\"fr\"]},\"extended\":{\"needs\":[\"ADMIN\"]}}",
                201).path("id").asText();
        return api("counsellor", "POST", "/api/v1/referrals",
                "{\"diagnosisId\":\"" + diagnosis + "\",\"offerId\":\"" + OFFER + "\"}", 201).path("id").asText();
    }

    /** One request as the server received it: what a server's or a proxy's access log keeps. */
    record Seen(String method, String path, String query, String referer) {
    }

    /** Every request that reaches the service, first of all filters. */
    static final class RequestLog {
        final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
    }

    @TestConfiguration
    static class Recording {

        @Bean
        RequestLog requestLog() {
            return new RequestLog();
        }

        @Bean
        FilterRegistrationBean<Filter> recordEveryRequest(RequestLog log) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                log.seen.add(new Seen(http.getMethod(), http.getRequestURI(), http.getQueryString(), http.getHeader("Referer")));
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
