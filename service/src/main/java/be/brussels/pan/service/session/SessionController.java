package be.brussels.pan.service.session;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.IsoWeeks;
import be.brussels.pan.service.web.NotFoundException;
import be.brussels.pan.service.web.Uuids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sessions}: the sessions of published rosters, which counsellors will book. Read by COUNSELLOR,
 * SOCIAL_WORKER, PLANNER and ADMIN (the animator only by the last two); locked and unlocked by PLANNER and ADMIN.
 */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "sessions", description = "Published sessions and their free seats (read: COUNSELLOR, SOCIAL_WORKER,"
        + " PLANNER, ADMIN; lock: PLANNER, ADMIN)")
public class SessionController {

    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");
    /** As the roster problem's languages: a lower-case ISO 639 code. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** As the catalogue's ids (and the column published_sessions.offer_id). */
    private static final Pattern OFFER = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final SessionStore store;
    private final Clock clock;

    public SessionController(SessionStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    @Operation(summary = "Published sessions, by start; without week, those not yet ended")
    @ApiResponse(responseCode = "200", description = "The sessions (dropped ones left out)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = SessionView.class))))
    @ApiResponse(responseCode = "400", description = "A filter is malformed; field names the parameter")
    @ApiResponse(responseCode = "403", description = "The role may not read sessions")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<SessionView> list(
            @Parameter(description = "An ISO week", example = "2026-W49") @RequestParam(name = "week", required = false) String week,
            @Parameter(description = "The NIS code of the commune the session is held in", example = "21012")
            @RequestParam(name = "commune", required = false) String commune,
            @Parameter(description = "The kind of session") @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "A lower-case ISO 639 language code", example = "fr")
            @RequestParam(name = "language", required = false) String language,
            @Parameter(description = "Issue 14: only the sessions of this catalogue offer", example = "epn-13-access")
            @RequestParam(name = "offerId", required = false) String offerId,
            @Parameter(description = "Issue 14: true, only the sessions with a free seat")
            @RequestParam(name = "freeOnly", required = false) String freeOnly,
            @AuthenticationPrincipal PanUser user) {
        String theWeek = IsoWeeks.optional("week", week);
        SessionStore.Filter filter = new SessionStore.Filter(theWeek, matching("commune", commune, COMMUNE,
                "a commune's 5-digit NIS code like 21012"), kind(kind),
                matching("language", language, LANGUAGE, "a lower-case ISO 639 code like fr"),
                theWeek == null ? OffsetDateTime.now(clock).atZoneSameInstant(Week.ZONE).toOffsetDateTime() : null,
                matching("offerId", offerId, OFFER, "an offer id (letters, digits, '.', '_', '-', at most 100)"),
                bool("freeOnly", freeOnly));
        boolean planner = plans(user);
        return store.list(filter).stream().map(s -> SessionView.of(s, planner)).toList();
    }

    @Operation(summary = "One published session, dropped or not")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SessionView.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "404", description = "No published session with this id")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public SessionView read(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String id,
                            @AuthenticationPrincipal PanUser user) {
        return SessionView.of(find(uuid(id)), plans(user));
    }

    @Operation(summary = "Lock a session: a re-plan keeps it where it is unless that is impossible (PLANNER, ADMIN)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SessionView.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan")
    @ApiResponse(responseCode = "404", description = "No published session with this id")
    @ApiResponse(responseCode = "409", description = "The session was dropped by a re-plan")
    @PostMapping(path = "/{id}/lock", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public SessionView lock(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String id) {
        return setLock(uuid(id), true);
    }

    @Operation(summary = "Unlock a session: a re-plan may move it (PLANNER, ADMIN)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = SessionView.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan")
    @ApiResponse(responseCode = "404", description = "No published session with this id")
    @PostMapping(path = "/{id}/unlock", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public SessionView unlock(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String id) {
        return setLock(uuid(id), false);
    }

    private SessionView setLock(UUID id, boolean locked) {
        PublishedSession session = find(id);
        if (locked && session.status() == SessionStatus.DROPPED) {
            throw new ConflictException("session " + id + " was dropped by a re-plan: there is nothing to lock");
        }
        store.lock(id, locked);
        return SessionView.of(find(id), true);
    }

    private PublishedSession find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private static boolean plans(PanUser user) {
        return user != null && (user.role() == Role.PLANNER || user.role() == Role.ADMIN);
    }

    private static String matching(String field, String value, Pattern pattern, String expected) {
        if (value == null) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw new BadInputException(field, Echo.of(value) + " is not " + expected);
        }
        return value;
    }

    private static boolean bool(String field, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadInputException(field, Echo.of(value) + " is not true or false");
    }

    private static SessionKind kind(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return SessionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("kind", Echo.of(kind) + " is not one of "
                    + Arrays.toString(SessionKind.values()));
        }
    }

    private static UUID uuid(String id) {
        return Uuids.require("id", id, "session");
    }
}
