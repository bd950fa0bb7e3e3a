package be.brussels.pan.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Swagger UI (springdoc's, not ours) works under the service's Content-Security-Policy: it draws the API's
 * operations, which it fetches from /v3/api-docs, and Chromium reports no violation. Not checked by axe-core:
 * its markup is Swagger UI's.
 */
class ApiDocsBrowserTest extends BrowserSupport {

    @Test
    void swaggerUiDrawsTheApiWithinThePolicy() {
        driver.get(url("/swagger-ui.html"));

        visible(By.cssSelector(".swagger-ui .info .title"));
        waiting().until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
                .anyMatch(path -> path.getText().contains("/api/v1/diagnoses"));
        assertNoPolicyViolation("Swagger UI (" + driver.getCurrentUrl() + ")");
    }
}
