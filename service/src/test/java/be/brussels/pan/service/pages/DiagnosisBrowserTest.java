package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A counsellor signs in through the login page, answers the four questions in FR, NL or EN, reads the persona,
 * the orientations and the full explanation, refers the person and prints the slip in the person's language.
 */
class DiagnosisBrowserTest extends BrowserSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void aCounsellorCompletesADiagnosisInEachLanguage(String lang) throws Exception {
        driver.get(url("/login?lang=" + lang));
        waitForTexts();
        assertThat(htmlLang()).isEqualTo(lang);
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo(text(lang, "login.username"));
        screenshot("login-" + lang);

        signIn("counsellor", lang);
        assertThat(htmlLang()).isEqualTo(lang);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text(lang, "diag.title"));
        assertThat(driver.findElement(By.cssSelector("#device-group legend")).getText()).isEqualTo(text(lang, "q.device"));
        // A counsellor diagnoses for Actiris: the channel follows the role instead of being chosen.
        waiting().until(d -> d.findElement(By.id("channel-fixed")).isDisplayed());
        assertThat(driver.findElement(By.id("channel-fixed")).getText()).contains(text(lang, "channel.ACTIRIS"));
        assertThat(driver.findElement(By.id("channel-field")).isDisplayed()).isFalse();
        screenshot("diagnosis-form-" + lang);

        // Esteban's answers and profile (examples/requests/esteban.json): the persona is Esteban.
        answer("device", "SMARTPHONE_ONLY");
        answer("internet", "NONE");
        answer("email", "CANNOT");
        answer("onlineProcedures", "CANNOT");
        driver.findElement(By.cssSelector("#profile-section summary")).click();
        driver.findElement(By.id("age")).sendKeys("57");
        driver.findElement(By.id("postcode")).sendKeys("1080");
        answer("jobSeeker", "true");
        answer("cpasBeneficiary", "true");
        answer("readsWritesFrenchOrDutch", "false");
        answer("languages", "ar");
        driver.findElement(By.cssSelector("#extended-section summary")).click();
        answer("interest", "NONE");
        answer("stress", "HIGH");
        answer("needs", "ADMIN");
        answer("barriers", "READING");
        driver.findElement(By.id("submit")).click();

        WebElement persona = visible(By.id("persona-name"));
        assertThat(persona.getAttribute("data-persona")).isEqualTo("ESTEBAN");
        assertThat(persona.getText()).isEqualTo(text(lang, "persona.ESTEBAN.name"));
        assertThat(driver.findElement(By.id("persona-card")).getText()).contains(text(lang, "persona.ESTEBAN.desc"));
        assertThat(driver.findElement(By.id("fragility-level")).getText()).isEqualTo(text(lang, "level.SEVERE"));
        assertThat(driver.findElement(By.id("urgency")).getText()).isEqualTo(text(lang, "urgency.HIGH"));
        // The chart carries its values as text, not by colour alone.
        WebElement chart = driver.findElement(By.cssSelector("#fragility-card svg"));
        assertThat(chart.getAttribute("aria-label")).contains(text(lang, "dim.access")).contains("/100");
        assertThat(chart.findElements(By.tagName("text"))).hasSize(6);

        List<WebElement> orientations = driver.findElements(By.cssSelector("#orientations > li.orientation"));
        assertThat(orientations).isNotEmpty();
        WebElement first = orientations.get(0);
        assertThat(first.findElements(By.cssSelector("ul.reasons li"))).isNotEmpty();
        // The offer's facts are fetched: the address row is there, and the illustrative hours are marked.
        waiting().until(d -> first.findElement(By.cssSelector(".offer-facts")).getText().contains(text(lang, "offer.address")));
        waiting().until(d -> !d.findElements(By.cssSelector("#orientations .illustrative")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#orientations .illustrative")).getText()).isEqualTo(text(lang, "common.illustrative"));

        WebElement why = driver.findElement(By.id("why"));
        assertThat(why.getAttribute("open")).isNull();
        why.findElement(By.tagName("summary")).click();
        List<WebElement> explanation = waiting().until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#explanation li")));
        assertThat(explanation).isNotEmpty();
        assertThat(explanation.get(0).getText()).contains(text(lang, "result.sourceLabel"));
        // Sources in the page's language: "seed L591-599" are lines of the PAN annual report.
        String seedLine = text(lang, "cite.seedLines").replace("{from}", "591").replace("{to}", "599");
        assertThat(driver.findElement(By.id("explanation")).getText()).contains(seedLine).doesNotContain("seed L");
        screenshot("diagnosis-result-" + lang);

        // Reasons in words: no "+15" or "-8" on the card; the points and the sources are in its details.
        for (WebElement card : orientations) {
            for (WebElement reason : card.findElements(By.cssSelector("ul.reasons li"))) {
                assertThat(reason.getText()).doesNotContainPattern("\\([+-]\\d+\\)");
            }
        }
        WebElement details = first.findElement(By.cssSelector("details.orientation-details"));
        assertThat(details.getAttribute("open")).isNull();
        details.findElement(By.tagName("summary")).click();
        assertThat(details.findElement(By.cssSelector("ul.reason-details")).getText())
                .containsPattern("[+-]\\d+ " + java.util.regex.Pattern.quote(text(lang, "result.points").replace("{points} ", "")))
                .contains(text(lang, "result.sourceLabel"));
        screenshot("diagnosis-result-details-" + lang);
    }

    @Test
    void aReferralIsCreatedFromTheResultAndItsSlipPrintedInThePersonsLanguage() throws Exception {
        signIn("counsellor", "fr");
        answer("device", "NONE");
        answer("internet", "NONE");
        answer("email", "CANNOT");
        answer("onlineProcedures", "CANNOT");
        driver.findElement(By.id("submit")).click();
        WebElement first = visible(By.cssSelector("#orientations > li.orientation"));
        String offerId = first.getAttribute("data-offer-id");
        first.findElement(By.tagName("textarea")).sendKeys("Dossier A-17 : rendez-vous souhaité le matin.");
        first.findElement(By.cssSelector("button.refer-button")).click();

        WebElement link = visible(By.cssSelector("#orientations .slip-link"));
        String referral = link.getAttribute("data-referral");
        assertThat(referral).matches("[0-9a-f-]{36}");
        assertThat(driver.findElement(By.cssSelector("#orientations .notice")).getText()).isEqualTo(text("fr", "refer.done"));
        screenshot("diagnosis-referred-fr");

        // The person reads Dutch: the slip is chosen in Dutch from the result.
        new Select(driver.findElement(By.cssSelector("#orientations select.slip-lang"))).selectByValue("nl");
        // The referral's id after '#', which the browser never sends: not in the query (SlipUrlAttackTest).
        assertThat(link.getAttribute("href")).endsWith("/slip.html?lang=nl#referral=" + referral);
        driver.get(link.getAttribute("href"));
        waitForTexts();
        visible(By.id("slip"));
        assertThat(htmlLang()).isEqualTo("nl");
        assertThat(driver.findElement(By.id("slip-title")).getText()).isEqualTo(text("nl", "slip.title"));
        Map<String, Object> offer = offer(offerId);
        Map<?, ?> structure = (Map<?, ?>) offer.get("structure");
        // Whom to call: the place's phone where the catalogue has one, else the referrer who gave the slip.
        String contact = structure.get("phone") != null ? "slip.contact" : "slip.referrerContact";
        assertThat(driver.findElement(By.id("slip")).getText())
                .contains(text("nl", "slip.bring.id"))
                .contains(text("nl", contact).replace("{organisation}", "Actiris"))
                .doesNotContain(text("nl", "slip.askPhone"));
        // The "example, to be checked" marks are for the staff: not on the person's slip.
        assertThat(driver.findElements(By.cssSelector("#slip .illustrative"))).isEmpty();
        // The slip's language is the person's, not remembered as the counsellor's.
        assertThat(driver.executeScript("return window.localStorage.getItem('pan.lang')")).isEqualTo("fr");
        assertThat(driver.findElement(By.id("slip-structure")).getText()).isEqualTo(structure.get("name"));
        assertThat(driver.findElement(By.id("slip-meta")).getText()).contains(referral.substring(0, 8).toUpperCase());

        for (String lang : List.of("fr", "nl", "en")) {
            new Select(driver.findElement(By.id("slip-language"))).selectByValue(lang);
            waiting().until(d -> lang.equals(htmlLang()));
            waiting().until(d -> d.findElement(By.id("slip-title")).getText().equals(text(lang, "slip.title")));
            assertThat(driver.getCurrentUrl()).contains("lang=" + lang);
            screenshot("slip-" + lang);
        }

        assertOnePrintedA4Page();

        // The print stylesheet hides the header, its navigation and the controls, and keeps the slip.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.id("site-header")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".slip-controls")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("slip")).isDisplayed()).isTrue();
            screenshot("slip-print-en");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(driver.findElement(By.id("site-header")).isDisplayed()).isTrue();
    }

    @Test
    void theDiagnosisIsUsableAt360PixelsWide() throws Exception {
        signIn("counsellor", "nl");
        driver.manage().window().setSize(new Dimension(360, 800));
        waiting().until(d -> ((Number) driver.executeScript("return window.innerWidth")).intValue() <= 360);
        answer("device", "COMPUTER");
        answer("internet", "HOME");
        answer("email", "ALONE");
        answer("onlineProcedures", "WITH_HELP");
        driver.findElement(By.id("submit")).click();
        visible(By.id("persona-name"));
        waiting().until(d -> !d.findElements(By.cssSelector("#orientations .offer-facts dt")).isEmpty());
        long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(innerWidth);
        // Touch targets: every answer and button is at least 44 px high.
        for (WebElement target : driver.findElements(By.cssSelector(".choice label, button, .button"))) {
            if (target.isDisplayed()) {
                assertThat(target.getSize().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(44);
            }
        }
        screenshot("diagnosis-result-360-nl");
    }

    @Test
    void missingAnswersAndAWrongPasswordAreExplainedInThePageLanguage() throws Exception {
        driver.get(url("/login?lang=en"));
        waitForTexts();
        driver.findElement(By.id("username")).sendKeys("counsellor");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/login?error"));
        assertThat(visible(By.id("login-error")).getText()).isEqualTo(text("en", "login.error"));
        screenshot("login-error-en");

        signIn("counsellor", "nl");
        answer("device", "NONE");
        driver.findElement(By.id("submit")).click();
        WebElement message = visible(By.id("err-internet"));
        assertThat(message.getText()).isEqualTo(text("nl", "err.required"));
        assertThat(driver.findElement(By.id("form-errors")).getText()).isEqualTo(text("nl", "diag.errorSummary"));
        assertThat(driver.findElements(By.cssSelector("#device-group .error-message:not([hidden])"))).isEmpty();
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        screenshot("diagnosis-errors-nl");

        // Signing out posts the CSRF token from the header's form and comes back to the login page.
        driver.findElement(By.cssSelector(".logout-form button")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(visible(By.id("login-out")).getText()).isEqualTo(text("nl", "login.loggedOut"));
        driver.get(url("/diagnosis.html"));
        waiting().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void theLanguageChosenInTheHeaderIsKeptAndTheResultFollowsIt() throws Exception {
        signIn("counsellor", "fr");
        answer("device", "SMARTPHONE_ONLY");
        answer("internet", "PUBLIC_OR_SHARED");
        answer("email", "WITH_HELP");
        answer("onlineProcedures", "CANNOT");
        driver.findElement(By.id("submit")).click();
        String code = visible(By.id("persona-name")).getAttribute("data-persona");
        assertThat(driver.findElement(By.id("result-language-note")).isDisplayed()).isFalse();

        driver.findElement(By.cssSelector(".lang-switch button[data-lang=en]")).click();
        waiting().until(d -> "en".equals(htmlLang()));
        assertThat(driver.findElement(By.cssSelector(".lang-switch button[data-lang=en]")).getAttribute("aria-pressed")).isEqualTo("true");
        // The page's own labels follow at once; the service's texts say they are in the diagnosis's language.
        waiting().until(d -> d.findElement(By.id("persona-name")).getText().equals(text("en", "persona." + code + ".name")));
        assertThat(driver.findElement(By.id("result-language-note")).getText()).isEqualTo(text("en", "result.otherLanguage"));
        assertThat(driver.findElement(By.cssSelector("#device-group legend")).getText()).isEqualTo(text("en", "q.device"));

        // Kept across pages and visits, without ?lang=.
        driver.get(url("/diagnosis"));
        waitForTexts();
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(driver.getTitle()).isEqualTo(text("en", "diag.title") + " – " + text("en", "app.name"));
    }

    @Test
    void aValueTheServiceRejectsIsShownNextToItsField() throws Exception {
        signIn("counsellor", "fr");
        answer("device", "COMPUTER");
        answer("internet", "HOME");
        answer("email", "WITH_HELP");
        answer("onlineProcedures", "WITH_HELP");
        driver.findElement(By.cssSelector("#profile-section summary")).click();
        // Two letters, so the page lets it through; not an ISO 639-1 code, so the service answers 400 naming
        // profile.languages[0], and the page shows its own message next to the languages.
        driver.findElement(By.id("other-languages")).sendKeys("qq");
        driver.findElement(By.id("submit")).click();
        WebElement message = visible(By.cssSelector("#languages-group > .error-message"));
        assertThat(message.getText()).isEqualTo(text("fr", "err.languages"));
        assertThat(driver.findElement(By.id("languages-group")).getAttribute("class")).contains("invalid");
        assertThat(driver.findElement(By.id("form-errors")).getText()).isEqualTo(text("fr", "diag.errorSummary"));
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        screenshot("diagnosis-service-error-fr");
    }

    @Test
    void theProfileFieldsAreSentAndAPostcodeOutsideBrusselsIsSaidSo() throws Exception {
        signIn("sw-molenbeek", "fr");
        waiting().until(d -> d.findElement(By.id("channel-fixed")).isDisplayed());
        assertThat(driver.findElement(By.id("channel-fixed")).getText()).contains(text("fr", "channel.CPAS"));
        answer("device", "SMARTPHONE_ONLY");
        answer("internet", "PUBLIC_OR_SHARED");
        answer("email", "WITH_HELP");
        answer("onlineProcedures", "CANNOT");
        driver.findElement(By.cssSelector("#profile-section summary")).click();
        driver.findElement(By.id("age")).sendKeys("34");
        driver.findElement(By.id("postcode")).sendKeys("1300");
        for (String field : List.of("student", "employed", "retired", "newcomer", "homeless")) {
            assertThat(driver.findElement(By.cssSelector("#" + field + "-group legend")).getText()).isEqualTo(text("fr", "p." + field));
        }
        answer("student", "false");
        answer("employed", "false");
        answer("retired", "false");
        answer("newcomer", "true");
        answer("homeless", "true");
        answer("disabilities", "VISUAL");
        answer("disabilities", "HEARING");
        screenshot("diagnosis-profile-fr");
        driver.findElement(By.id("submit")).click();
        visible(By.id("persona-name"));
        WebElement outside = visible(By.id("outside-region"));
        assertThat(outside.getText()).isEqualTo(text("fr", "result.outsideRegion").replace("{postcode}", "1300"));
        screenshot("diagnosis-outside-region-fr");

        // What the form sent reached the rules: homeless makes the person precarious, a disability a target group.
        assertThat(driver.findElement(By.id("groups-card")).getText())
                .contains(text("fr", "tg.PRECARIOUS")).contains(text("fr", "tg.DISABILITY"));
        // The stored diagnosis came through the channel of a social worker.
        java.util.Map<String, Object> row = jdbc.sql("select channel from diagnoses order by created_at desc limit 1").query().singleRow();
        assertThat(row.get("channel")).isEqualTo("CPAS");
    }

    @Test
    void signingInFromLoginHtmlLandsOnTheHomePageOfTheRole() throws Exception {
        // Straight to /login.html, as a bookmark or a typed address would: it was not public, so opening it
        // saved it as the request to resume and signing in came back to the form.
        driver.get(url("/login.html?lang=nl"));
        waitForTexts();
        assertThat(driver.getCurrentUrl()).contains("/login.html");
        screenshot("login-html-nl");
        driver.findElement(By.id("username")).sendKeys("counsellor");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/diagnosis.html"));
        waitForTexts();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text("nl", "diag.title"));

        // A partner's home is its inbox, from /login.html as well.
        driver.manage().deleteAllCookies();
        driver.get(url("/login.html"));
        waitForTexts();
        driver.findElement(By.id("username")).sendKeys("partner-epn12");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/inbox.html"));
    }

    @Test
    void theAccessibilityCheckNamesAViolationAndItsElement() throws Exception {
        signIn("counsellor", "en");
        assertAccessible("diagnosis form");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(AXE), "axe-core not installed");
        // An image without a text alternative breaks WCAG 1.1.1: the check fails and says which element.
        driver.executeScript("const i = document.createElement('img'); i.id = 'no-alt'; i.src = '/img/pan.svg';"
                + "document.getElementById('main').appendChild(i);");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> assertAccessible("broken on purpose")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt").hasMessageContaining("#no-alt");
    }

    /** The page printed on A4 is a PDF of exactly one page. */
    private void assertOnePrintedA4Page() {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        Pdf pdf = driver.print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertThat(bytes.length).isGreaterThan(1000);
        String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-");
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)").matcher(raw);
        assertThat(count.find()).as("the PDF's page tree").isTrue();
        assertThat(count.group(1)).as("pages of the printed slip").isEqualTo("1");
    }

    private void answer(String name, String value) {
        WebElement label = driver.findElement(By.cssSelector("label[for='" + name + "-" + value + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
        assertThat(driver.findElement(By.id(name + "-" + value)).isSelected()).as(name + "=" + value).isTrue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> offer(String id) {
        Object json = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/offers/' + arguments[0], {headers: {Accept: 'application/json'}}).then(r => r.json()).then(done);", id);
        return (Map<String, Object>) json;
    }
}
