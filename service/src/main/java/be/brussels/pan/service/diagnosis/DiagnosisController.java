package be.brussels.pan.service.diagnosis;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.service.idempotency.IdempotencyKey;
import be.brussels.pan.service.idempotency.IdempotencyKeyHeader;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.NotFoundException;
import be.brussels.pan.service.web.OpenApiConfig;
import be.brussels.pan.service.web.Uuids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/diagnoses}: the diagnosis contract over HTTP ({@link DiagnosisService}). The body is parsed by
 * the engine's own strict JSON reader, so the service accepts and rejects exactly what the contract says;
 * nothing is stored unless the whole request (or batch) is valid.
 */
@RestController
@RequestMapping("/api/v1/diagnoses")
@Tag(name = "diagnoses", description = "The diagnosis contract over HTTP (COUNSELLOR, SOCIAL_WORKER, ADMIN)")
public class DiagnosisController {

    private final DiagnosisService diagnoses;

    public DiagnosisController(DiagnosisService diagnoses) {
        this.diagnoses = diagnoses;
    }

    @Operation(summary = "Diagnose one request or a batch and store the result",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "One diagnosis request (diagnosis contract, version 1) or an array of them (a batch).",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {
                            DiagnosisRequest.class, OpenApiConfig.DiagnosisRequestBatch.class}))))
    @ApiResponse(responseCode = "201", description = "Diagnosed and stored: the response (with its id) for one request,"
            + " the array of responses for a batch. A single request has a Location; a batch has none.",
            headers = @Header(name = "Location", description = "/api/v1/diagnoses/{id} (single request only)",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {
                    DiagnosisResponse.class, OpenApiConfig.DiagnosisResponseBatch.class})))
    @ApiResponse(responseCode = "400", description = "The request breaks the diagnosis contract; field names where"
            + " (prefixed with [i] in a batch; $ for the body as a whole). Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "The role may not diagnose")
    @ApiResponse(responseCode = "409", description = "The Idempotency-Key was sent before with another body (or for"
            + " POST /api/v1/referrals), or what it stored has been deleted since (field: Idempotency-Key). Nothing is"
            + " stored.")
    @ApiResponse(responseCode = "503", description = "The database did not store the diagnosis; nothing was kept and"
            + " the request can be sent again.")
    @IdempotencyKeyHeader
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> diagnose(@RequestBody byte[] body, @AuthenticationPrincipal PanUser user,
                                           @Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
        IdempotencyKey key = IdempotencyKey.fromHeader(headers.get(IdempotencyKey.HEADER));
        DiagnosisService.Diagnosed diagnosed = diagnoses.diagnoseAndStore(body, user, key);
        ResponseEntity.BodyBuilder answer = diagnosed.id()
                .map(id -> ResponseEntity.created(URI.create("/api/v1/diagnoses/" + id)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CREATED));
        if (diagnosed.replayed()) {
            answer.header(IdempotencyKeyHeader.REPLAYED, "true");
        }
        return answer.contentType(MediaType.APPLICATION_JSON).body(diagnosed.json());
    }

    @Operation(summary = "Read a stored diagnosis")
    @ApiResponse(responseCode = "200", description = "The stored diagnosis response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DiagnosisResponse.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not read diagnoses (PARTNER, PLANNER), whatever the id")
    @ApiResponse(responseCode = "404", description = "No diagnosis with this id that the caller may read: its own"
            + " organisation's, or another's of which a referral is visible to it (ADMIN: every one)")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> find(@Parameter(description = "The diagnosis id", schema = @Schema(type = "string", format = "uuid"))
                                       @PathVariable String id, @AuthenticationPrincipal PanUser user) {
        UUID uuid = uuid(id);
        byte[] json = diagnoses.find(uuid, user).orElseThrow(() -> new NotFoundException("diagnosis", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    static UUID uuid(String id) {
        return Uuids.require("id", id, "diagnosis");
    }
}
