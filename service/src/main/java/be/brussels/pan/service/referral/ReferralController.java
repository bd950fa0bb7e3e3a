package be.brussels.pan.service.referral;

import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
public class ReferralController {

    private final ReferralService referrals;

    public ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** {@code {diagnosisId, offerId, note}} → 201 with Location and the SENT referral. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Referral> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                   mediaType = MediaType.APPLICATION_JSON_VALUE,
                                                   schema = @Schema(implementation = ReferralRequests.Create.class)))
                                           @RequestBody(required = false) byte[] body,
                                           @AuthenticationPrincipal PanUser user) {
        ReferralAccess.checkCreate(user);
        Referral created = referrals.create(ReferralRequests.create(body), user);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + created.id())).body(created);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Referral find(@PathVariable String id, @AuthenticationPrincipal PanUser user) {
        return referrals.find(ReferralRequests.uuid("id", id), user);
    }

    /** The referrals the caller may see, newest first, optionally of one {@code status}. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Referral> list(@RequestParam(required = false) String status, @AuthenticationPrincipal PanUser user) {
        return referrals.list(status(status), user);
    }

    /** {@code {to, reason}} → 200 with the referral; 409 when the lifecycle does not allow it. */
    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Referral transition(@PathVariable String id,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                       mediaType = MediaType.APPLICATION_JSON_VALUE,
                                       schema = @Schema(implementation = ReferralRequests.Transition.class)))
                               @RequestBody(required = false) byte[] body,
                               @AuthenticationPrincipal PanUser user) {
        UUID uuid = ReferralRequests.uuid("id", id);
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
