package be.brussels.pan.service.web;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header ({@code /v3/api-docs}): title, version, the HTTP Basic scheme every operation
 * requires, and the shapes of the bodies that the controllers read and write as bytes or JSON trees (the
 * engine's strict readers and writers), so that a generated client sends and expects JSON objects. The types
 * below are documentation only: nothing reads or writes them. A feature documents its own answers with its records
 * and adds the properties of its problems as {@link ProblemProperty} beans, rather than this generic layer importing
 * the feature's types.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "PAN service API", version = "v1", description = """
                The Brussels digital-inclusion service (PAN): diagnoses of a person's digital fragility by the \
                rule engine, the offers of the catalogue in use, referrals to those offers and their lifecycle, \
                weekly animator rosters solved in the background by the planner, anonymised statistics, and \
                administration of users and catalogues. Machine clients authenticate with HTTP Basic; what a user \
                may call depends on their role (COUNSELLOR, SOCIAL_WORKER, PARTNER, PLANNER, ADMIN). Bodies are \
                JSON objects read strictly (unknown fields are refused). Every error is an RFC 9457 problem \
                (application/problem+json with type, title, status, detail and instance); a 400 that is a \
                contract violation names the offending field or parameter in a `field` property (`$` for the \
                body as a whole). A refused request stores nothing."""),
        security = @SecurityRequirement(name = OpenApiConfig.BASIC))
@SecurityScheme(name = OpenApiConfig.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user name and password of the service (PAN_BOOTSTRAP_USERS or created by an administrator).")
public class OpenApiConfig {

    /** The name of the security scheme. */
    public static final String BASIC = "basic";

    /**
     * The batch arrays below are arrays, without the {@code empty} property that their Java type's
     * {@code isEmpty()} would add.
     */
    @Bean
    OpenApiCustomizer problemAndBatchSchemas() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, io.swagger.v3.oas.models.media.Schema> schemas = openApi.getComponents().getSchemas();
            for (String batch : new String[] {"DiagnosisRequestBatch", "DiagnosisResponseBatch"}) {
                if (schemas.get(batch) != null) {
                    schemas.get(batch).setProperties(null);
                }
            }
        };
    }

    /**
     * The problems every operation can answer, added here once rather than on each operation: 401 (every
     * operation needs credentials), and for an operation that takes a JSON body 413 (over its limit, the
     * {@link BodyLimitFilter}'s: 8 MiB for roster problems and catalogues, else 64 KiB) and 415 (not
     * application/json). The controllers declare what is their own: 400 and its field, 403 and who may call, 404,
     * 409, 429, 503.
     */
    @Bean
    OpenApiCustomizer commonProblems(ObjectProvider<ProblemProperty> featureProperties) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new io.swagger.v3.oas.models.Components());
            }
            openApi.getComponents().addSchemas("ProblemDetail", problemSchema(featureProperties.orderedStream().toList()));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addProblem(operation, "401", "No or wrong credentials");
                if (operation.getRequestBody() != null) {
                    addProblem(operation, "413", "The body is over " + size(BodyLimitFilter.limitFor(path)));
                    addProblem(operation, "415", "The body is not application/json");
                }
                // Every error is a problem: the controllers name the status and why, the body is said here (springdoc
                // would otherwise describe an error's body as the operation's own return type).
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.setContent(problemContent());
                    }
                });
            }));
        };
    }

    private static void addProblem(io.swagger.v3.oas.models.Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
        }
        operation.getResponses().computeIfAbsent(status, code -> new io.swagger.v3.oas.models.responses.ApiResponse()
                .description(description).content(problemContent()));
    }

    /** A body limit in words: 8 MiB, 64 KiB. */
    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    /**
     * An RFC 9457 problem as the service writes it (Spring's {@code ProblemDetail}, its extra properties at the top
     * level), with the service's own property {@code field} and then those the features add.
     */
    private static io.swagger.v3.oas.models.media.Schema<?> problemSchema(List<ProblemProperty> featureProperties) {
        io.swagger.v3.oas.models.media.Schema<?> schema = new io.swagger.v3.oas.models.media.ObjectSchema()
                .description("An RFC 9457 problem (application/problem+json).")
                .addProperty("type", new StringSchema().format("uri").description("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What is wrong, in words; values the caller sent"
                        + " are quoted at most 40 characters long"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("field", new StringSchema().description("The field or parameter at fault, in a 400"
                        + " that is a contract violation ($ for the body as a whole; [i] prefix for a request of a batch)"));
        featureProperties.forEach(property -> schema.addProperty(property.name(), property.schema()));
        return schema;
    }

    private static io.swagger.v3.oas.models.media.Content problemContent() {
        return new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                new io.swagger.v3.oas.models.media.MediaType().schema(
                        new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/ProblemDetail")));
    }

    /** A batch of diagnosis requests: a JSON array of request objects. */
    @Schema(name = "DiagnosisRequestBatch", description = "A batch: an array of diagnosis requests, diagnosed and"
            + " stored together (all or nothing).")
    public static final class DiagnosisRequestBatch extends ArrayList<DiagnosisRequest> {
    }

    /** The answer to a batch: the responses in the order of the requests. */
    @Schema(name = "DiagnosisResponseBatch", description = "The responses of a batch, in the order of its requests;"
            + " each has its id.")
    public static final class DiagnosisResponseBatch extends ArrayList<DiagnosisResponse> {
    }
}
