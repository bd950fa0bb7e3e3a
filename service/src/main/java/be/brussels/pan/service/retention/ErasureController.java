package be.brussels.pan.service.retention;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.StrictBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/erasures} (ADMIN): {@code POST {"reference": "A-2026-000123"}} erases everything held under
 * that diagnosis reference ({@link Erasure}) and answers the audit row, counts included (all zero when nothing was
 * held: 200 too, so that a retry is not an error). The reference is in the body, not the path: an address ends up in
 * access logs and browser histories. {@code GET ?limit=N}: the audit, newest first (never a reference).
 */
@RestController
@RequestMapping("/api/v1/admin/erasures")
@Tag(name = "admin: erasures", description = "The right to erasure: everything held under one reference (ADMIN)")
public class ErasureController {

    /** The body of an erasure. */
    public record ErasureRequest(String reference) {
        @Override
        public String toString() {
            return "ErasureRequest[reference hidden]";
        }
    }

    private final Erasure erasure;

    public ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase the diagnoses stored under a reference, their referrals, history and mails (seats given"
            + " back); audited without the reference",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "{\"reference\": \"A-2026-000123\"}: the diagnosis contract's reference, exactly as"
                            + " it was given (case included); unknown fields are refused",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ErasureRequest.class))))
    @ApiResponse(responseCode = "200", description = "Erased (the counts are all zero when nothing was held)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErasureRecord.class)))
    @ApiResponse(responseCode = "400", description = "reference missing or not a reference of the diagnosis contract;"
            + " field names it ($ for the body)")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ErasureRecord erase(@RequestBody byte[] body, @AuthenticationPrincipal PanUser me) {
        ErasureRequest request = StrictBodies.read(body, ErasureRequest.class);
        return erasure.erase(request.reference(), me.username());
    }

    @Operation(summary = "The audit of erasures, newest first: when, who, how much (never the reference)")
    @ApiResponse(responseCode = "200", description = "The erasures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = ErasureRecord.class))))
    @ApiResponse(responseCode = "400", description = "limit is not a number from 1 to 1000 (field: limit)")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ErasureRecord> audit(@Parameter(description = "How many (1 to 1000, default 100)", example = "100")
                                     @RequestParam(name = "limit", required = false) String limit) {
        return erasure.recent(limit(limit));
    }

    private static int limit(String value) {
        if (value == null) {
            return 100;
        }
        if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 1000) {
            throw new BadInputException("limit", "must be a number from 1 to 1000");
        }
        return Integer.parseInt(value);
    }
}
