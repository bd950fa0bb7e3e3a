package be.brussels.pan.service.roster;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.check.Outcome;
import be.brussels.pan.roster.export.CsvExport;
import be.brussels.pan.roster.export.IcsExport;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.IsoWeeks;
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
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rosters}: weekly rosters solved in the background (PLANNER and ADMIN).
 *
 * <ul>
 *   <li>{@code POST /rosters?seconds=N} (1..600, default 30): a problem as in roster-contract.md; 202 with
 *       {@link RosterAccepted} and a Location. A bad problem is a 400 naming the id or field; nothing is stored.
 *       When every solver slot is busy: 429 with Retry-After (no queue). Both problems are {@code ProblemAdvice}'s,
 *       from the planner's {@code InvalidProblemException} and {@link TooManySolvesException}.</li>
 *   <li>{@code POST /rosters/from-demand?week=2026-W49&seconds=N}: the problem built from stored diagnoses.</li>
 *   <li>{@code GET /rosters/{id}}: the {@link RosterState}, the best solution so far while SOLVING;
 *       {@code GET /rosters/{id}/problem}: the problem; {@code DELETE /rosters/{id}}: stop early.</li>
 *   <li>{@code GET /rosters/{id}.csv} and {@code GET /rosters/{id}/animators/{animatorId}.ics}.</li>
 *   <li>{@code GET /rosters?week=}: the list; {@code POST /rosters/{id}/publish}: a DONE roster becomes its week's
 *       published sessions; {@code POST /rosters/{id}/replan}: a re-plan of the published roster (a new roster);
 *       {@code GET /rosters/{id}/changes}: what a re-plan moves, drops and adds ({@link Publication});
 *       {@code POST /rosters/{id}/restart}: a FAILED roster solved again (a new roster, {@link RosterSolves}).</li>
 * </ul>
 * Every answer reads the database, so any instance answers for a solve running on any other (issue 16).
 * A malformed {id} is a 400 naming {@code id}; a well-formed one that names no roster, a 404.
 */
@RestController
@RequestMapping("/api/v1/rosters")
@Tag(name = "rosters", description = "Weekly animator rosters solved in the background (PLANNER, ADMIN)")
public class RosterController {

    static final int DEFAULT_SECONDS = 30;
    static final int MAX_SECONDS = 600;
    static final int MAX_PROBLEM_ID = 200;
    private static final java.util.regex.Pattern SECONDS = java.util.regex.Pattern.compile("[0-9]{1,9}");

    private final RosterSolves solves;
    private final RosterStore store;
    private final DemandProblem demand;
    private final Publication publication;

    public RosterController(RosterSolves solves, RosterStore store, DemandProblem demand, Publication publication) {
        this.solves = solves;
        this.store = store;
        this.demand = demand;
        this.publication = publication;
    }

    @Operation(summary = "The rosters of a week (or of every week), newest first, at most 200")
    @ApiResponse(responseCode = "200", description = "The rosters, running ones with their best solution so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = RosterSummary.class))))
    @ApiResponse(responseCode = "400", description = "week is not an ISO week (field: week)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RosterSummary> list(@Parameter(description = "An ISO week", example = "2026-W49",
                                            schema = @Schema(type = "string", pattern = "[0-9]{4}-W[0-9]{2}"))
                                    @RequestParam(name = "week", required = false) String week) {
        return publication.list(IsoWeeks.optional("week", week));
    }

    @Operation(summary = "Publish a DONE roster as its week's plan: its sessions become published sessions")
    @ApiResponse(responseCode = "200", description = "Published; for a re-plan, what happened to the sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterPublication.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @ApiResponse(responseCode = "409", description = "The roster is not DONE (the status is named), has no week,"
            + " breaks a hard constraint, or its week is published already by a roster it does not re-plan (the week"
            + " is named)")
    @PostMapping(path = "/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    public RosterPublication publish(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                     @PathVariable String id, @AuthenticationPrincipal PanUser user) {
        return publication.publish(uuid(id), user.username());
    }

    @Operation(summary = "Re-plan a published roster on its week's facts as they are now, keeping locked sessions"
            + " where they are unless that is impossible (a reproducible solve)")
    @ApiResponse(responseCode = "202", description = "Accepted: the re-plan is a new roster solving in the background",
            headers = @Header(name = "Location", description = "/api/v1/rosters/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterAccepted.class)))
    @ApiResponse(responseCode = "400", description = "The id or seconds is invalid (field names which)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @ApiResponse(responseCode = "409", description = "The roster is not its week's published roster")
    @ApiResponse(responseCode = "429", description = "Every solver slot is busy; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")))
    @PostMapping(path = "/{id}/replan", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RosterAccepted> replan(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                                 @PathVariable String id,
                                                 @Parameter(description = "The solver's time limit in seconds",
                                                         schema = @Schema(type = "integer", minimum = "1", maximum = "600", defaultValue = "30"))
                                                 @RequestParam(name = "seconds", required = false) String seconds,
                                                 @AuthenticationPrincipal PanUser user) {
        UUID uuid = uuid(id);
        return accepted(publication.replan(uuid, seconds(seconds), user.username()));
    }

    @Operation(summary = "Solve a FAILED roster again (its instance died, say): a new roster with the same problem,"
            + " time limit, source, week and origin, whose restartOf names the FAILED one")
    @ApiResponse(responseCode = "202", description = "Accepted: the restart is a new roster solving in the background",
            headers = @Header(name = "Location", description = "/api/v1/rosters/{id} of the new roster",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterAccepted.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @ApiResponse(responseCode = "409", description = "The roster is not FAILED (the status is named), or was restarted"
            + " already (the restart is named: restart that one if it failed too)")
    @ApiResponse(responseCode = "429", description = "Every solver slot is busy; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")))
    @PostMapping(path = "/{id}/restart", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RosterAccepted> restart(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                                  @PathVariable String id, @AuthenticationPrincipal PanUser user) {
        return accepted(solves.restart(uuid(id), user.username()));
    }

    @Operation(summary = "What a re-plan moves, drops and adds in its week's published roster, with the reasons")
    @ApiResponse(responseCode = "200", description = "The changes (the sessions kept are only counted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterChanges.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @ApiResponse(responseCode = "409", description = "The roster has no solution yet, or is not a re-plan")
    @GetMapping(path = "/{id}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    public RosterChanges changes(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                 @PathVariable String id) {
        UUID uuid = uuid(id);
        return publication.changes(uuid, snapshotOf(uuid).solutionOrNull());
    }

    @Operation(summary = "Solve a roster problem in the background",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "A roster problem (roster contract); at most 8 MiB.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProblemJson.class))))
    @ApiResponse(responseCode = "202", description = "Accepted: the solve runs in the background; follow the Location",
            headers = @Header(name = "Location", description = "/api/v1/rosters/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterAccepted.class)))
    @ApiResponse(responseCode = "400", description = "The problem or seconds is invalid; field names the parameter, id or field. Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "429", description = "Every solver slot is busy (pan.rosters.max-concurrent-solves);"
            + " nothing is queued or stored: try again after Retry-After seconds. The problem has maxConcurrentSolves.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RosterAccepted> submit(@RequestBody byte[] body,
                                                 @Parameter(description = "The solver's time limit in seconds",
                                                         schema = @Schema(type = "integer", minimum = "1", maximum = "600", defaultValue = "30"))
                                                 @RequestParam(name = "seconds", required = false) String seconds,
                                                 @Parameter(description = "The ISO week the problem plans (default: the"
                                                         + " week its id names, if any); needed to publish it",
                                                         example = "2026-W49",
                                                         schema = @Schema(type = "string", pattern = "[0-9]{4}-W[0-9]{2}"))
                                                 @RequestParam(name = "week", required = false) String week,
                                                 @AuthenticationPrincipal PanUser user) {
        int limit = seconds(seconds);
        String theWeek = IsoWeeks.optional("week", week);
        ProblemJson problem = RosterJson.readProblem(new ByteArrayInputStream(body));
        return accepted(submit(problem, limit, user, "PROBLEM", theWeek, RosterStore.Origin.PROBLEM));
    }

    @Operation(summary = "Solve the roster problem built from the diagnoses stored for a week's demand")
    @ApiResponse(responseCode = "202", description = "Accepted: the solve runs in the background; follow the Location",
            headers = @Header(name = "Location", description = "/api/v1/rosters/{id}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterAccepted.class)))
    @ApiResponse(responseCode = "400", description = "week is missing, not an ISO week, or has no demand; or seconds is invalid (field names which). Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "429", description = "Every solver slot is busy (pan.rosters.max-concurrent-solves);"
            + " nothing is queued or stored: try again after Retry-After seconds. The problem has maxConcurrentSolves.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")))
    @PostMapping(path = "/from-demand", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RosterAccepted> fromDemand(@Parameter(required = true, example = "2026-W49",
                                                             description = "The ISO week to plan",
                                                             schema = @Schema(type = "string", pattern = "[0-9]{4}-W[0-9]{2}"))
                                                     @RequestParam(name = "week", required = false) String week,
                                                     @Parameter(description = "The solver's time limit in seconds",
                                                             schema = @Schema(type = "integer", minimum = "1", maximum = "600", defaultValue = "30"))
                                                     @RequestParam(name = "seconds", required = false) String seconds,
                                                     @AuthenticationPrincipal PanUser user) {
        int limit = seconds(seconds);
        DemandProblem.Demand built = demand.build(week);
        return accepted(submit(built.problem(), limit, user, "DEMAND", IsoWeeks.optional("week", week),
                new RosterStore.Origin(true, built.illustrative())));
    }

    private UUID submit(ProblemJson problem, int seconds, PanUser user, String source, String week,
                        RosterStore.Origin origin) {
        if (problem.id() != null && problem.id().length() > MAX_PROBLEM_ID) {
            // The id is kept in rosters.problem_id (V3): over that the insert failed with a 500.
            throw new BadInputException("id", "is over " + MAX_PROBLEM_ID + " characters");
        }
        return solves.submit(new RosterSolves.Submission(problem, seconds, user.username(), source, week, null,
                origin));
    }

    private static ResponseEntity<RosterAccepted> accepted(UUID id) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/rosters/" + id))
                .contentType(MediaType.APPLICATION_JSON).body(RosterAccepted.solving(id));
    }

    static int seconds(String seconds) {
        if (seconds == null) {
            return DEFAULT_SECONDS;
        }
        // ASCII digits only: Integer.parseInt also reads other scripts' digits and a leading '+'.
        if (SECONDS.matcher(seconds.trim()).matches()) {
            int value = Integer.parseInt(seconds.trim());
            if (value >= 1 && value <= MAX_SECONDS) {
                return value;
            }
        }
        throw new BadInputException("seconds", "must be a whole number of seconds from 1 to " + MAX_SECONDS
                + ", not " + Echo.of(seconds));
    }

    @Operation(summary = "A roster's state and its solution (the best so far while SOLVING)")
    @ApiResponse(responseCode = "200", description = "The roster's state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterState.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public RosterState state(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                             @PathVariable String id) {
        return view(uuid(id));
    }

    @Operation(summary = "Stop a solve early, on whichever instance it runs (its best solution so far is kept, DONE);"
            + " a finished roster is left as it is")
    @ApiResponse(responseCode = "200", description = "The roster's state after the stop",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterState.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public RosterState stop(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                            @PathVariable String id) {
        UUID uuid = uuid(id);
        if (!solves.stop(uuid)) {
            throw new NotFoundException("roster", id);
        }
        return view(uuid);
    }

    @Operation(summary = "The problem a roster solves")
    @ApiResponse(responseCode = "200", description = "The roster problem (roster contract)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProblemJson.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @GetMapping(path = "/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
    public ProblemJson problem(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                               @PathVariable String id) {
        return snapshotOf(uuid(id)).problem();
    }

    @Operation(summary = "The roster's assignments as CSV (the best so far while SOLVING)")
    @ApiResponse(responseCode = "200", description = "The CSV file (an attachment)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @ApiResponse(responseCode = "409", description = "The roster has no solution yet (or its solve failed)")
    @GetMapping(path = "/{id}.csv")
    public ResponseEntity<String> csv(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                      @PathVariable String id,
                                      @Parameter(description = "fr, nl or en: the planner's CSV, one row per session with"
                                              + " its date and the names of its commune, kind, language and public in"
                                              + " that language (a byte order mark first, for spreadsheets); without it,"
                                              + " the command line's CSV of codes and ids",
                                              schema = @Schema(type = "string", allowableValues = {"fr", "nl", "en"}))
                                      @RequestParam(name = "lang", required = false) String lang) {
        UUID uuid = uuid(id);
        Snapshot roster = snapshotOf(uuid);
        StringBuilder out = new StringBuilder();
        if (lang == null) {
            CsvExport.write(roster.problem(), roster.solution(uuid), out);
        } else {
            RosterWording words = RosterWording.of(lang);
            out.append('\uFEFF');
            CsvExport.writeDated(roster.problem(), roster.solution(uuid), mondayOf(uuid, roster.problem()), words, out);
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"roster-" + uuid + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
    }

    @Operation(summary = "One animator's sessions of the roster as an iCalendar file")
    @ApiResponse(responseCode = "200", description = "The iCalendar file (an attachment; empty calendar if the animator has no session)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id, or no such animator in its problem")
    @ApiResponse(responseCode = "409", description = "The roster has no solution yet (or its solve failed)")
    @GetMapping(path = "/{id}/animators/{animatorId}.ics")
    public ResponseEntity<String> ics(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                      @PathVariable String id,
                                      @Parameter(description = "An animator id of the roster's problem") @PathVariable String animatorId,
                                      @Parameter(description = "fr, nl or en: summaries and locations in words in that"
                                              + " language (kind, language, public; the venue's address); default en",
                                              schema = @Schema(type = "string", allowableValues = {"fr", "nl", "en"}))
                                      @RequestParam(name = "lang", required = false) String lang) {
        UUID uuid = uuid(id);
        RosterWording words = RosterWording.of(lang == null ? "en" : lang);
        Snapshot roster = snapshotOf(uuid);
        ProblemJson problem = roster.problem();
        if (problem.animators().stream().noneMatch(a -> a.id().equals(animatorId))) {
            throw new NotFoundException("animator", animatorId, "roster " + id);
        }
        String calendar = IcsExport.calendarOf(problem, roster.solution(uuid), animatorId, mondayOf(uuid, problem),
                words);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + IcsExport.fileName(animatorId) + "\"")
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8)).body(calendar);
    }

    /** The week the events go in: a YYYY-Www in the problem id, else the coming week (as the CLI does). */
    static LocalDate monday(String problemId) {
        return Week.forProblem(problemId);
    }

    /** The Monday of the roster's week as stored (the request's ?week=), else as its problem id names it. */
    private LocalDate mondayOf(UUID id, ProblemJson problem) {
        return store.publishable(id).map(RosterStore.Publishable::week).filter(java.util.Objects::nonNull)
                .map(Week::monday).orElseGet(() -> monday(problem.id()));
    }

    @Operation(summary = "What a roster achieved, in counts a planner reads instead of the score, with its week")
    @ApiResponse(responseCode = "200", description = "Its week and ILLUSTRATIVE label; sessions placed of the total,"
            + " hard rules broken (0: every rule respected), placed sessions outside their preferred period, communes"
            + " with demand but no session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RosterOutcome.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (field: id)")
    @ApiResponse(responseCode = "403", description = "The role may not plan (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No roster with this id")
    @ApiResponse(responseCode = "409", description = "The roster has no solution yet (or its solve failed)")
    @GetMapping(path = "/{id}/outcome", produces = MediaType.APPLICATION_JSON_VALUE)
    public RosterOutcome outcome(@Parameter(description = "The roster id", schema = @Schema(type = "string", format = "uuid"))
                                 @PathVariable String id) {
        UUID uuid = uuid(id);
        Snapshot roster = snapshotOf(uuid);
        Outcome outcome = Outcome.of(roster.problem(), roster.solution(uuid));
        RosterStore.Publishable stored = store.publishable(uuid).orElseThrow(() -> new NotFoundException("roster", uuid));
        return new RosterOutcome(stored.week(), stored.illustrative(), outcome.placed(), outcome.total(),
                outcome.rulesBroken(), outcome.outsidePreferredPeriod(), outcome.communesWithoutSession());
    }

    /** A roster's problem and its solution (final, or the best so far while solving), read once. */
    private record Snapshot(ProblemJson problem, SolutionJson solutionOrNull) {
        /** The solution; 409 if there is none yet (or the solve failed). */
        SolutionJson solution(UUID id) {
            if (solutionOrNull == null) {
                throw new ConflictException("roster " + id + " has no solution yet");
            }
            return solutionOrNull;
        }
    }

    /** Read from the database: the best solution so far while SOLVING, as the solving instance stored it. */
    private Snapshot snapshotOf(UUID id) {
        RosterStore.Contents stored = store.contents(id).orElseThrow(() -> new NotFoundException("roster", id));
        return new Snapshot(stored.problem(), stored.solution());
    }

    /** The roster's state as stored: the same on every instance, whichever solves it. */
    private RosterState view(UUID id) {
        return RosterState.stored(store.state(id).orElseThrow(() -> new NotFoundException("roster", id)));
    }

    /** A path's roster id: a malformed one is a 400 naming {@code id}, as every id of the API. */
    private static UUID uuid(String id) {
        return Uuids.require("id", id, "roster");
    }
}
