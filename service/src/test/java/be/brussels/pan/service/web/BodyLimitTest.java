package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Requests are limited to 64 KiB; documents (a catalogue, a roster problem) to 8 MiB. */
class BodyLimitTest extends ApiTest {

    @Test
    void theDefaultCatalogueCanBeUploaded() {
        String catalogue = CatalogJson.write(CatalogJson.defaultCatalog());
        assertThat(catalogue.length()).isGreaterThan(64 * 1024);

        ResponseEntity<String> answer = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", catalogue);

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void theLimitsAreByEndpoint() {
        assertThat(BodyLimitFilter.limitFor("/api/v1/diagnoses")).isEqualTo(64 * 1024);
        assertThat(BodyLimitFilter.limitFor("/api/v1/referrals")).isEqualTo(64 * 1024);
        assertThat(BodyLimitFilter.limitFor("/api/v1/admin/catalogs")).isEqualTo(BodyLimitFilter.DOCUMENT_LIMIT);
        assertThat(BodyLimitFilter.limitFor("/api/v1/rosters")).isEqualTo(BodyLimitFilter.DOCUMENT_LIMIT);
    }

    @Test
    void theRefusalNamesTheLimitOfItsEndpoint() {
        assertThat(new PayloadTooLargeException(BodyLimitFilter.limitFor("/api/v1/diagnoses")).getMessage())
                .isEqualTo("The body is over 64 KiB.");
        assertThat(new PayloadTooLargeException(BodyLimitFilter.limitFor("/api/v1/admin/catalogs")).getMessage())
                .isEqualTo("The body is over 8192 KiB.");
    }
}
