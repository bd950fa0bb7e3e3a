package be.brussels.pan.service.referral;

import be.brussels.pan.service.idempotency.IdempotencyKey;
import be.brussels.pan.service.idempotency.IdempotencyKeyHeader;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.NotFoundException;
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
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    private final AppointmentCalendar calendars;
    private final IdempotentReferrals creations;

    public ReferralController(ReferralService referrals, AppointmentCalendar calendars, IdempotentReferrals creations) {
        this.referrals = referrals;
        this.calendars = calendars;
        this.creations = creations;
    }

    /** {@code {diagnosisId, offerId, note}} → 201 with Location and the SENT referral. */
    @Operation(summary = "Refer a diagnosed person to an offer of the catalogue in use")
    @ApiResponse(responseCode = "201", description = "The referral, SENT",
            headers = @Header(name = "Location", description = "/api/v1/referrals/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Referral.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing, invalid or unknown, or names no stored diagnosis"
            + " the caller may refer from (another organisation's diagnosis gets the same answer as an unknown id) or no offer,"
            + " or sessionId names no published session of the offer that has not started (dropped, started, another offer); field names it")
    @ApiResponse(responseCode = "403", description = "The role may not create referrals")
    @ApiResponse(responseCode = "409", description = "sessionId names a full session (field: sessionId); nextSessions"
            + " lists up to three next sessions of the offer with a free seat. Or the Idempotency-Key was sent before"
            + " with another body (or for POST /api/v1/diagnoses), is still in use by a request in progress, or its"
            + " referral is gone (field: Idempotency-Key). Nothing is stored")
    @IdempotencyKeyHeader
    @ApiResponse(responseCode = "422", description = "The diagnosis excluded this offer and no overrideReason was given;"
            + " field: offerId, rule: the id of the rule that excluded it. Nothing is stored.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Referral> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                                   description = "diagnosisId (a UUID) and offerId are required, note is optional;"
                                                           + " sessionId (optional) books a seat of that published session"
                                                           + " of the offer in the same transaction; overrideReason (plain text,"
                                                           + " up to 1000 characters) refers to an offer the diagnosis excluded"
                                                           + " anyway; unknown fields are refused.", content = @Content(
                                                   mediaType = MediaType.APPLICATION_JSON_VALUE,
                                                   schema = @Schema(implementation = ReferralRequests.Create.class)))
                                           @RequestBody(required = false) byte[] body,
                                           @AuthenticationPrincipal PanUser user,
                                           @Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
        ReferralAccess.checkCreate(user);
        IdempotencyKey key = IdempotencyKey.fromHeader(headers.get(IdempotencyKey.HEADER));
        IdempotentReferrals.Created created = creations.create(ReferralRequests.create(body), user, body, key);
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/v1/referrals/"
                + created.referral().id()));
        if (created.replayed()) {
            answer.header(IdempotencyKeyHeader.REPLAYED, "true");
        }
        return answer.body(created.referral());
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

    /**
     * The inbox: one page of the referrals the caller may see, newest first, filtered; the total in
     * {@code X-Total-Count}. Without page and size: page 0 of 100.
     */
    @Operation(summary = "The referrals the caller may see, newest first, searched and filtered, one page at a time")
    @ApiResponse(responseCode = "200", description = "One page of the referrals (the first 100 without page and size)",
            headers = @Header(name = "X-Total-Count", description = "How many referrals match in all pages",
                    schema = @Schema(type = "integer", format = "int64")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = Referral.class))))
    @ApiResponse(responseCode = "400", description = "A parameter is invalid (q, status, from, to, offerId, organisation,"
            + " page or size); field names it")
    @ApiResponse(responseCode = "403", description = "The role may not read referrals")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<Referral>> list(
            @Parameter(description = "A slip number (the first 8 hex digits of the id) or a diagnosis reference;"
                    + " exact, case-insensitive", example = "3F2A9C01")
            @RequestParam(required = false) String q,
            @Parameter(description = "Only the referrals in one of these statuses (repeatable)",
                    array = @ArraySchema(schema = @Schema(implementation = ReferralStatus.class)))
            @RequestParam(name = "status", required = false) List<String> status,
            @Parameter(description = "Created on or after this day (Brussels)", example = "2026-11-01",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(description = "Created on or before this day (Brussels)", example = "2026-11-30",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String to,
            @Parameter(description = "To this offer of the catalogue", example = "epn-13-access")
            @RequestParam(required = false) String offerId,
            @Parameter(description = "Made by this referring organisation", example = "Actiris")
            @RequestParam(required = false) String organisation,
            @Parameter(description = "The page, from 0", schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Referrals per page, 1 to 100", schema = @Schema(type = "integer",
                    defaultValue = "100", minimum = "1", maximum = "100"))
            @RequestParam(required = false) String size,
            @AuthenticationPrincipal PanUser user, jakarta.servlet.http.HttpServletRequest request) {
        // status as sent, not as bound: the binding trims each value (a blank status became "any"); the parameter
        // above declares it for the OpenAPI description
        ReferralPage found = referrals.list(InboxParameters.query(q, InboxParameters.rawStatuses(
                        request.getParameterValues("status")), from, to, offerId, organisation, page, size), user);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total())).body(found.referrals());
    }

    /**
     * The appointment as an iCalendar file: the offer, the place, the time and the slip number, nothing about the
     * person.
     */
    @Operation(summary = "The referral's appointment as an iCalendar (.ics) file, without personal data")
    @ApiResponse(responseCode = "200", description = "One VEVENT: the offer, the place, the time, the slip number",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not read referrals")
    @ApiResponse(responseCode = "404", description = "No referral with this id that the caller may see, or it has no appointment")
    // No "produces": a client that accepts only JSON still gets its 400/404 problem, as the rosters' .ics
    @GetMapping(path = "/{id}/appointment.ics")
    public ResponseEntity<String> appointmentCalendar(
            @Parameter(description = "The referral id", schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String id, @AuthenticationPrincipal PanUser user) {
        Referral referral = referrals.find(Uuids.require("id", id), user);
        String calendar = calendars.of(referral).orElseThrow(() -> new NotFoundException("appointment of referral", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AppointmentCalendar.TEXT_CALENDAR + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("appointment-" + referral.slipNumber() + ".ics").build().toString())
                .body(calendar);
    }

    /** {@code {to, reason}} → 200 with the referral; 409 when the lifecycle does not allow it. */
    @Operation(summary = "Move a referral to its next status")
    @ApiResponse(responseCode = "200", description = "The referral in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Referral.class)))
    @ApiResponse(responseCode = "400", description = "The id, to, reason or appointment is invalid (a reason is required"
            + " for REFUSED, an appointment.at for SCHEDULED, an appointment only with SCHEDULED); field names it")
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
                                               + " required for REFUSED, optional otherwise; appointment {at, place, contact}:"
                                               + " required for SCHEDULED (at: ISO date-time with offset; place, contact:"
                                               + " optional text up to 300 characters), refused otherwise."
                                               + " Unknown fields are refused.",
                                       content = @Content(
                                       mediaType = MediaType.APPLICATION_JSON_VALUE,
                                       schema = @Schema(implementation = ReferralRequests.Transition.class)))
                               @RequestBody(required = false) byte[] body,
                               @AuthenticationPrincipal PanUser user) {
        UUID uuid = Uuids.require("id", id);
        return referrals.transition(uuid, ReferralRequests.transition(body), user);
    }
}
