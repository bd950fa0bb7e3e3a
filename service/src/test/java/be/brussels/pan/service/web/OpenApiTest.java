package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

class OpenApiTest extends ApiTest {

    @Test
    void theOpenApiDescriptionListsTheApi() throws Exception {
        ResponseEntity<String> docs = call(null, HttpMethod.GET, "/v3/api-docs", null);

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(docs.getBody()).get("paths");
        assertThat(paths.has("/api/v1/diagnoses")).isTrue();
        assertThat(paths.has("/api/v1/diagnoses/{id}")).isTrue();
    }
}
