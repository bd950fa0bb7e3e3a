package be.brussels.pan.service.referral;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.StrictBodies;
import be.brussels.pan.service.web.Uuids;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/sessions/{id}/attendance} (issue 14): the partner marks who came to a session and who did
 * not, in one call. It moves referrals, so it belongs to the referral feature (the session feature does not know
 * referrals).
 */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "sessions")
public class SessionAttendanceController {

    /** At most this many referrals in one call: far above a session's seats. */
    static final int MAX_LISTED = 1000;

    /** The body: the referrals that attended and those that did not come. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Attendance(@ArraySchema(schema = @Schema(format = "uuid")) List<String> attended,
                      @ArraySchema(schema = @Schema(format = "uuid")) List<String> noShow) {
    }

    private final ReferralService referrals;

    public SessionAttendanceController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Operation(summary = "Mark attendance for a session, all or nothing (the receiving PARTNER, ADMIN)")
    @ApiResponse(responseCode = "200", description = "The moved referrals: attended ones ATTENDED, the others NO_SHOW"
            + " (their seats freed)", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = Referral.class))))
    @ApiResponse(responseCode = "400", description = "The id or body is invalid, or a referral is listed twice; field names it")
    @ApiResponse(responseCode = "403", description = "The role may not mark attendance")
    @ApiResponse(responseCode = "404", description = "A listed referral the caller may not see")
    @ApiResponse(responseCode = "409", description = "A listed referral holds no seat in this session or is not"
            + " SCHEDULED (the first one is named); nothing was marked")
    @PostMapping(path = "/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Referral> attendance(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
                                     @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                             description = "attended and noShow: referral ids (either may be empty or"
                                                     + " left out); unknown fields are refused.", content = @Content(
                                             mediaType = MediaType.APPLICATION_JSON_VALUE,
                                             schema = @Schema(implementation = Attendance.class)))
                                     @RequestBody(required = false) byte[] body,
                                     @AuthenticationPrincipal PanUser user) {
        UUID session = Uuids.require("id", id, "session");
        Attendance attendance = StrictBodies.read(body, Attendance.class);
        Set<UUID> seen = new HashSet<>();
        List<UUID> attended = ids("attended", attendance.attended(), seen);
        List<UUID> noShow = ids("noShow", attendance.noShow(), seen);
        if (attended.isEmpty() && noShow.isEmpty()) {
            throw new BadInputException("attended", "attended and noShow are both empty: nothing to mark");
        }
        return referrals.attendance(session, attended, noShow, user);
    }

    private static List<UUID> ids(String field, List<String> values, Set<UUID> seen) {
        List<UUID> ids = new ArrayList<>();
        if (values == null) {
            return ids;
        }
        if (values.size() > MAX_LISTED) {
            throw new BadInputException(field, "lists over " + MAX_LISTED + " referrals");
        }
        for (int i = 0; i < values.size(); i++) {
            UUID uuid = Uuids.require(field + "[" + i + "]", values.get(i));
            if (!seen.add(uuid)) {
                throw new BadInputException(field + "[" + i + "]", "referral " + uuid + " is listed twice");
            }
            ids.add(uuid);
        }
        return ids;
    }
}
