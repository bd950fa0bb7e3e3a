package be.brussels.pan.service.registry;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.StrictBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints every list of the registry has, under {@code /api/v1/registry/{list}}: list, read, create,
 * update (optimistic locking), retire and reinstate. Reading is open to every signed-in user, writing to PLANNER
 * and ADMIN ({@code SecurityConfig}); an animator's name is shown to PLANNER and ADMIN only. A path id that is
 * not an id is a 400 naming {@code id}; one that names no record, a 404. The OpenAPI description's bodies and
 * answers are each list's own record ({@link RegistryOpenApi}).
 *
 * <p>DELETE retires and never deletes: a record, once entered, may be named by a published roster, and the
 * audit keeps naming it; a retired record is left out of lists and problems and can be reinstated.
 *
 * @param <T> the list's record
 */
public abstract class RegistryEndpoints<T extends RegistryEntry> {

    private final Registry registry;
    private final EntryType<T> type;

    RegistryEndpoints(Registry registry, EntryType<T> type) {
        this.registry = registry;
        this.type = type;
    }

    @Operation(summary = "The list's active records, by id (with retired=true, the retired ones too)")
    @ApiResponse(responseCode = "200", description = "The records")
    @ApiResponse(responseCode = "400", description = "retired is not true or false (field: retired)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<T> list(@Parameter(description = "Also the retired records", schema = @Schema(type = "boolean"))
                        @RequestParam(name = "retired", required = false) String retired,
                        @AuthenticationPrincipal PanUser user) {
        return registry.list(type, flag("retired", retired)).stream().map(e -> shown(e, user)).toList();
    }

    @Operation(summary = "One record, retired or not")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "400", description = "The id is not an id (field: id)")
    @ApiResponse(responseCode = "404", description = "No record with this id")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public T read(@Parameter(description = "The record's id") @PathVariable String id,
                  @AuthenticationPrincipal PanUser user) {
        return shown(registry.find(type, id(id)), user);
    }

    @Operation(summary = "Create a record (version 1); its references must name active records")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "400", description = "A field is missing, invalid, unknown or names no active record; field names it. Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "The role may not write the registry (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "409", description = "A record with this id exists (retired or not)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<T> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                            description = "The record; version and retired are ignored, provenance defaults to ENTERED",
                                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
                                    @RequestBody(required = false) byte[] body, @AuthenticationPrincipal PanUser user) {
        T created = registry.create(type, StrictBodies.read(body, type.type()), user.username());
        return ResponseEntity.created(URI.create("/api/v1/registry/" + type.plural() + "/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Replace a record's values; version must be the one read")
    @ApiResponse(responseCode = "200", description = "The record as stored (its version one higher, unless nothing changed)")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (version is required), or the body's id is not the path's; field names it. Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "The role may not write the registry (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No record with this id")
    @ApiResponse(responseCode = "409", description = "The record changed since that version was read (the detail names its id); read it again")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public T update(@Parameter(description = "The record's id") @PathVariable String id,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                            description = "The record's new values with the version read; the id may be left out",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
                    @RequestBody(required = false) byte[] body, @AuthenticationPrincipal PanUser user) {
        String checked = id(id);
        return registry.update(type, checked, StrictBodies.read(body, type.type()), user.username());
    }

    @Operation(summary = "Retire a record (it is kept, never deleted); refused while active records use it")
    @ApiResponse(responseCode = "200", description = "The record, retired")
    @ApiResponse(responseCode = "400", description = "The id or version is malformed (field names it)")
    @ApiResponse(responseCode = "403", description = "The role may not write the registry (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No record with this id")
    @ApiResponse(responseCode = "409", description = "Active records still use it (the detail names them), or the version given is stale")
    @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public T retire(@Parameter(description = "The record's id") @PathVariable String id,
                    @Parameter(description = "The version read (optional): a stale one is a 409", schema = @Schema(type = "integer"))
                    @RequestParam(name = "version", required = false) String version,
                    @AuthenticationPrincipal PanUser user) {
        String checked = id(id);
        return registry.retire(type, checked, version(version), user.username());
    }

    @Operation(summary = "Reinstate a retired record; its references must still name active records")
    @ApiResponse(responseCode = "200", description = "The record, active")
    @ApiResponse(responseCode = "400", description = "The id or version is malformed, or the record refers to a record no longer active (field names it)")
    @ApiResponse(responseCode = "403", description = "The role may not write the registry (PLANNER and ADMIN only)")
    @ApiResponse(responseCode = "404", description = "No record with this id")
    @ApiResponse(responseCode = "409", description = "The version given is stale")
    @PostMapping(path = "/{id}/reinstate", produces = MediaType.APPLICATION_JSON_VALUE)
    public T reinstate(@Parameter(description = "The record's id") @PathVariable String id,
                       @Parameter(description = "The version read (optional): a stale one is a 409", schema = @Schema(type = "integer"))
                       @RequestParam(name = "version", required = false) String version,
                       @AuthenticationPrincipal PanUser user) {
        String checked = id(id);
        return registry.reinstate(type, checked, version(version), user.username());
    }

    /** An animator's name is for PLANNER and ADMIN only. */
    private T shown(T entry, PanUser user) {
        return mayReadNames(user) || !(entry instanceof AnimatorEntry animator) ? entry
                : type.type().cast(animator.withoutName());
    }

    static boolean mayReadNames(PanUser user) {
        return user != null && (user.role() == Role.PLANNER || user.role() == Role.ADMIN);
    }

    /** A path id: a 400 naming {@code id} unless it is an id of the registry. */
    static String id(String id) {
        if (id == null || !EntryType.ID.matcher(id).matches()) {
            throw new BadInputException("id", Echo.of(id) + " is not a registry id: 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadInputException(name, "must be true or false, not " + Echo.of(value));
    }

    private static Long version(String version) {
        if (version == null) {
            return null;
        }
        if (!version.matches("[0-9]{1,18}")) {
            throw new BadInputException("version", "must be a whole number, not " + Echo.of(version));
        }
        return Long.valueOf(version);
    }
}
