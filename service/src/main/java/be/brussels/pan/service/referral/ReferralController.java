package be.brussels.pan.service.referral;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.Uuids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/referrals}: orient a diagnosed person to an offer and follow the referral through its lifecycle
 * ({@link ReferralStatus}); who may do what is in {@link ReferralAccess}. Bodies are read strictly
 * ({@link ReferralRequests}). The note and reasons are never logged.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "referrals", description = "Referrals of a diagnosed person to an offer and their lifecycle"
        + " (COUNSELLOR, SOCIAL_WORKER, PARTNER, ADMIN)")
public class ReferralController {

    private final ReferralService referrals;

    public ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** {@code {diagnosisId, offerId, note}} → 201 with Location and the SENT referral. */
    @Operation(summary = "Refer a diagnosed person to an offer of the catalogue in use")
    @ApiResponse(responseCode = "201", description = "The referral, SENT",
            headers = @Header(name = "Location", description = "/api/v1/referrals/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Referral.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing, invalid or unknown, or names no stored diagnosis or no offer,"
            + " or sessionId names no published session of the offer that has not started (dropped, started, another offer); field names it")
    @ApiResponse(responseCode = "403", description = "The role may not create referrals")
    @ApiResponse(responseCode = "409", description = "sessionId names a full session (field: sessionId); nextSessions"
            + " lists up to three next sessions of the offer with a free seat. Nothing is stored")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Referral> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                                   description = "diagnosisId (a UUID) and offerId are required, note is optional;"
                                                           + " sessionId (optional) books a seat of that published session"
                                                           + " of the offer in the same transaction; unknown fields are refused.", content = @Content(
                                                   mediaType = MediaType.APPLICATION_JSON_VALUE,
                                                   schema = @Schema(implementation = ReferralRequests.Create.class)))
                                           @RequestBody(required = false) byte[] body,
                                           @AuthenticationPrincipal PanUser user) {
        ReferralAccess.checkCreate(user);
        Referral created = referrals.create(ReferralRequests.create(body), user);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + created.id())).body(created);
    }

    @Operation(summary = "One referral with its history")
    @ApiResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Referral.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not read referrals")
    @ApiResponse(responseCode = "404", description = "No referral with this id that the caller may see")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Referral find(@Parameter(description = "The referral id", schema = @Schema(type = "string", format = "uuid"))
                         @PathVariable String id, @AuthenticationPrincipal PanUser user) {
        return referrals.find(Uuids.require("id", id), user);
    }

    /** The referrals the caller may see, newest first, optionally of one {@code status}. */
    @Operation(summary = "The referrals the caller may see, newest first")
    @ApiResponse(responseCode = "200", description = "The referrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = Referral.class))))
    @ApiResponse(responseCode = "400", description = "status is not a referral status (field: status)")
    @ApiResponse(responseCode = "403", description = "The role may not read referrals")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Referral> list(@Parameter(description = "Only the referrals in this status",
                                       schema = @Schema(implementation = ReferralStatus.class))
                               @RequestParam(required = false) String status, @AuthenticationPrincipal PanUser user) {
        return referrals.list(status(status), user);
    }

    /** {@code {to, reason}} → 200 with the referral; 409 when the lifecycle does not allow it. */
    @Operation(summary = "Move a referral to its next status")
    @ApiResponse(responseCode = "200", description = "The referral in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Referral.class)))
    @ApiResponse(responseCode = "400", description = "The id, to or reason is invalid (a reason is required for REFUSED); field names it")
    @ApiResponse(responseCode = "403", description = "The caller's role or organisation may not make this transition")
    @ApiResponse(responseCode = "404", description = "No referral with this id that the caller may see")
    @ApiResponse(responseCode = "409", description = "The lifecycle does not allow this transition, or the referral changed meanwhile (read it again)")
    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Referral transition(@Parameter(description = "The referral id", schema = @Schema(type = "string", format = "uuid"))
                               @PathVariable String id,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                       description = "to: the next status (SENT, ACCEPTED, REFUSED, EXPIRED, SCHEDULED, ATTENDED,"
                                               + " COMPLETED, NO_SHOW, CANCELLED; EXPIRED only by the expiry job); reason:"
                                               + " required for REFUSED, optional otherwise. Unknown fields are refused.",
                                       content = @Content(
                                       mediaType = MediaType.APPLICATION_JSON_VALUE,
                                       schema = @Schema(implementation = ReferralRequests.Transition.class)))
                               @RequestBody(required = false) byte[] body,
                               @AuthenticationPrincipal PanUser user) {
        UUID uuid = Uuids.require("id", id);
        return referrals.transition(uuid, ReferralRequests.transition(body), user);
    }

    private static ReferralStatus status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return ReferralStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("status", Echo.of(status) + " is not one of " + Arrays.toString(ReferralStatus.values()));
        }
    }
}
