package be.brussels.pan.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

class MetricsApiTest extends ApiTest {

    @Test
    void anAdministratorReadsEndpointAndEngineTimers() throws Exception {
        String body = "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}";
        assertThat(call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", body).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<String> metrics = call("admin", HttpMethod.GET, "/metrics", null);

        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        JsonNode timers = new ObjectMapper().readTree(metrics.getBody()).get("timers");
        assertThat(timers.get("http.POST./api/v1/diagnoses").get("count").asLong()).isPositive();
        assertThat(timers.get("engine.diagnosis").get("count").asLong()).isPositive();
        assertThat(timers.get("engine.diagnosis").get("p99Ms").asDouble()).isPositive();
        // Every stored diagnosis went through a group commit of at least one call.
        JsonNode groups = new ObjectMapper().readTree(metrics.getBody()).get("histograms").get("db.diagnoses.group-commit.calls");
        assertThat(groups.get("count").asLong()).isPositive();
        assertThat(groups.get("max").asLong()).isBetween(1L, 64L);
    }

    @Test
    void onlyAnAdministratorReadsMetrics() {
        assertThat(call("counsellor", HttpMethod.GET, "/metrics", null).getStatusCode().value()).isEqualTo(403);
        assertThat(call(null, HttpMethod.GET, "/metrics", null).getStatusCode().value()).isEqualTo(401);
    }
}
