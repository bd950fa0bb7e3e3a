package be.brussels.pan.service.registry;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The registry's lists as CSV files ({@code GET} and {@code POST /api/v1/registry/{list}.csv}) and its audit
 * ({@code GET /api/v1/registry/audit}, ADMIN only). The columns are the records' JSON fields; see the README.
 */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry", description = "The registry the rosters are planned on: timeslots, venues, kits, animators")
public class RegistryController {

    static final int DEFAULT_AUDIT_LIMIT = 100;
    static final int MAX_AUDIT_LIMIT = 1_000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Registry registry;

    public RegistryController(Registry registry) {
        this.registry = registry;
    }

    @Operation(summary = "A list as a CSV file (UTF-8 with a byte order mark), active records by id")
    @ApiResponse(responseCode = "200", description = "The CSV file (an attachment); animators without their names"
            + " unless the caller is PLANNER or ADMIN", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "delimiter or retired is invalid (field names it)")
    @ApiResponse(responseCode = "404", description = "No such list (timeslots, venues, kits, animators)")
    @GetMapping(path = "/{list}.csv")
    public ResponseEntity<byte[]> export(@Parameter(description = "timeslots, venues, kits or animators") @PathVariable String list,
                                         @Parameter(description = "comma (default) or semicolon",
                                                 schema = @Schema(allowableValues = {"comma", "semicolon"}))
                                         @RequestParam(name = "delimiter", required = false) String delimiter,
                                         @Parameter(description = "Also the retired records", schema = @Schema(type = "boolean"))
                                         @RequestParam(name = "retired", required = false) String retired,
                                         @AuthenticationPrincipal PanUser user) {
        EntryType<?> type = type(list);
        char separator = switch (delimiter == null ? "comma" : delimiter) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            default -> throw new BadInputException("delimiter", "must be comma or semicolon, not " + Echo.of(delimiter));
        };
        byte[] file = registry.exportCsv(type, RegistryEndpoints.flag("retired", retired),
                RegistryEndpoints.mayReadNames(user), separator);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + type.plural() + ".csv\"")
                .contentType(CSV).body(file);
    }

    @Operation(summary = "Import a list from a CSV file, all or nothing",
            description = "UTF-8 (a byte order mark is skipped); the header names the columns, separated by ',' or ';'"
                    + " (the delimiter is taken from the header line); lists within a cell are separated by '|'. Each"
                    + " line creates its record or replaces the stored one's values (reinstating a retired one);"
                    + " records the file does not name are left as they are. Every line is checked before anything"
                    + " is written; at most " + RegistryCsv.MAX_ROWS + " lines and 8 MiB.")
    @ApiResponse(responseCode = "200", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "400", description = "The file has errors: errors lists each (line, column, id), field"
            + " names the first. Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "The role may not write the registry (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No such list (timeslots, venues, kits, animators)")
    @ApiResponse(responseCode = "409", description = "Another instance changed the list during the import; nothing was imported")
    @PostMapping(path = "/{list}.csv", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    public ImportReport importCsv(@Parameter(description = "timeslots, venues, kits or animators") @PathVariable String list,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                          description = "The CSV file (text/csv)",
                                          content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
                                  @RequestBody(required = false) byte[] body,
                                  @AuthenticationPrincipal PanUser user) {
        EntryType<?> type = type(list);
        return registry.importCsv(type, body == null ? new byte[0] : body, user.username(), "IMPORT");
    }

    @Operation(summary = "The registry's changes, newest first (ADMIN only)")
    @ApiResponse(responseCode = "200", description = "The changes", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AuditEntry.class))))
    @ApiResponse(responseCode = "400", description = "entity, id, before or limit is invalid (field names it)")
    @ApiResponse(responseCode = "403", description = "Only ADMIN reads the audit")
    @GetMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AuditEntry> audit(@Parameter(description = "timeslot, venue, kit or animator")
                                  @RequestParam(name = "entity", required = false) String entity,
                                  @Parameter(description = "One record's id (with entity)")
                                  @RequestParam(name = "id", required = false) String id,
                                  @Parameter(description = "Only changes before this seq (the next page)", schema = @Schema(type = "integer"))
                                  @RequestParam(name = "before", required = false) String before,
                                  @Parameter(description = "At most this many (1 to 1000, default 100)", schema = @Schema(type = "integer"))
                                  @RequestParam(name = "limit", required = false) String limit) {
        if (entity != null && EntryType.ALL.stream().noneMatch(t -> t.noun().equals(entity))) {
            throw new BadInputException("entity", "must be timeslot, venue, kit or animator, not " + Echo.of(entity));
        }
        if (id != null) {
            RegistryEndpoints.id(id);
        }
        return registry.audit(entity, id, number("before", before, 1, Long.MAX_VALUE),
                limit == null ? DEFAULT_AUDIT_LIMIT : Math.toIntExact(number("limit", limit, 1, MAX_AUDIT_LIMIT)));
    }

    private static Long number(String name, String value, long min, long max) {
        if (value == null) {
            return null;
        }
        if (value.matches("[0-9]{1,18}")) {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw new BadInputException(name, "must be a whole number from " + min + " to " + max + ", not " + Echo.of(value));
    }

    private static EntryType<?> type(String list) {
        return EntryType.ALL.stream().filter(t -> t.plural().equals(list)).findFirst()
                .orElseThrow(() -> new NotFoundException("registry list", list));
    }
}
