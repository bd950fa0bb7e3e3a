package be.brussels.pan.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Each registry list's endpoints read and answer that list's own record in the OpenAPI description. */
class RegistryOpenApiTest extends ApiTest {

    @Test
    void eachListsEndpointsNameItsRecord() throws Exception {
        JsonNode docs = new ObjectMapper().readTree(call(null, HttpMethod.GET, "/v3/api-docs", null).getBody());
        Map<String, String> records = Map.of("timeslots", "TimeslotEntry", "venues", "VenueEntry", "kits", "KitEntry",
                "animators", "AnimatorEntry");
        records.forEach((list, record) -> {
            String ref = "#/components/schemas/" + record;
            JsonNode base = docs.get("paths").get("/api/v1/registry/" + list);
            JsonNode one = docs.get("paths").get("/api/v1/registry/" + list + "/{id}");
            assertThat(base.at("/get/responses/200/content/application~1json/schema/items/$ref").asText()).as(list).isEqualTo(ref);
            assertThat(base.at("/post/requestBody/content/application~1json/schema/$ref").asText()).as(list).isEqualTo(ref);
            assertThat(base.at("/post/responses/201/content/application~1json/schema/$ref").asText()).as(list).isEqualTo(ref);
            assertThat(one.at("/put/requestBody/content/application~1json/schema/$ref").asText()).as(list).isEqualTo(ref);
            assertThat(one.at("/get/responses/200/content/application~1json/schema/$ref").asText()).as(list).isEqualTo(ref);
            assertThat(one.at("/put/responses/409/content/application~1problem+json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/ProblemDetail");
            assertThat(docs.at("/components/schemas/" + record + "/properties/provenance")).as(record).isNotNull();
            assertThat(docs.at("/components/schemas/" + record + "/properties/version/type").asText()).isEqualTo("integer");
        });
        assertThat(docs.at("/components/schemas/AnimatorEntry/properties/absences/items/$ref").asText())
                .isEqualTo("#/components/schemas/Absence");
        assertThat(docs.at("/paths/~1api~1v1~1registry~1{list}.csv/post/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/ImportReport");
        assertThat(docs.at("/components/schemas/LineError/properties/line/type").asText()).isEqualTo("integer");
        assertThat(docs.at("/paths/~1api~1v1~1registry~1audit/get/responses/200/content/application~1json/schema/items/$ref")
                .asText()).isEqualTo("#/components/schemas/AuditEntry");
    }
}
