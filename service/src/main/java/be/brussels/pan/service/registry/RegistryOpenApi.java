package be.brussels.pan.service.registry;

import be.brussels.pan.service.web.LineError;
import be.brussels.pan.service.web.ProblemProperty;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the registry adds to the OpenAPI description: each list's record as the body and answer of its endpoints
 * (their controllers share one generic class, whose annotations cannot name the record), and the {@code errors}
 * of an import's 400.
 */
@Configuration
class RegistryOpenApi {

    @Bean
    ProblemProperty importErrors() {
        return new ProblemProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/LineError"))
                .description("In a 400 of a registry CSV import: every error, by line, column and id (at most "
                        + Registry.MAX_REPORTED_ERRORS + ")"));
    }

    @Bean
    OpenApiCustomizer registryRecords() {
        return openApi -> {
            if (openApi.getPaths() == null || openApi.getComponents() == null) {
                return;
            }
            ModelConverters.getInstance().readAll(LineError.class).forEach(openApi.getComponents()::addSchemas);
            for (EntryType<?> type : EntryType.ALL) {
                ModelConverters.getInstance().readAll(type.type()).forEach(openApi.getComponents()::addSchemas);
                Schema<?> record = new Schema<>().$ref("#/components/schemas/" + type.type().getSimpleName());
                String base = "/api/v1/registry/" + type.plural();
                PathItem list = openApi.getPaths().get(base);
                PathItem one = openApi.getPaths().get(base + "/{id}");
                PathItem reinstate = openApi.getPaths().get(base + "/{id}/reinstate");
                if (list == null || one == null || reinstate == null) {
                    continue;
                }
                answer(list.getGet(), "200", new ArraySchema().items(record));
                body(list.getPost(), record);
                answer(list.getPost(), "201", record);
                answer(one.getGet(), "200", record);
                body(one.getPut(), record);
                answer(one.getPut(), "200", record);
                answer(one.getDelete(), "200", record);
                answer(reinstate.getPost(), "200", record);
            }
        };
    }

    private static void body(Operation operation, Schema<?> schema) {
        if (operation != null && operation.getRequestBody() != null) {
            operation.getRequestBody().setContent(json(schema));
        }
    }

    private static void answer(Operation operation, String status, Schema<?> schema) {
        if (operation != null && operation.getResponses() != null && operation.getResponses().get(status) != null) {
            operation.getResponses().get(status).setContent(json(schema));
        }
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                new MediaType().schema(schema));
    }
}
