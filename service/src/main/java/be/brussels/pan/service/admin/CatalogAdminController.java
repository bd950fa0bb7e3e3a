package be.brussels.pan.service.admin;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.engine.EngineHolder;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.NotFoundException;
import be.brussels.pan.service.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/catalogs} (ADMIN): {@code POST} a catalogue (catalog.md) — parsed and validated by the
 * engine's strict reader (unknown fields rejected; a bad record is a 400 naming it and the catalogue in use is
 * unchanged), stored as the next version and swapped in at once; {@code GET} lists the versions, newest first,
 * without their bodies; {@code GET /{version}} gives one version's catalogue as uploaded.
 */
@RestController
@RequestMapping("/api/v1/admin/catalogs")
@Tag(name = "admin: catalogues", description = "Upload and read the offer catalogue (ADMIN)")
public class CatalogAdminController {

    /** The longest version and id the database keeps (V2, V3). */
    static final int MAX_TEXT = 100;

    private final CatalogStore store;
    private final EngineHolder engines;

    public CatalogAdminController(CatalogStore store, EngineHolder engines) {
        this.store = store;
        this.engines = engines;
    }

    @Operation(summary = "Upload a catalogue: stored as the next version and put in use at once",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "A catalogue (catalog.md) as UTF-8 JSON; at most 8 MiB. Unknown fields are refused.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Catalog.class))))
    @ApiResponse(responseCode = "201", description = "Stored and in use: the new version",
            headers = @Header(name = "Location", description = "/api/v1/admin/catalogs/{version}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CatalogStore.Version.class)))
    @ApiResponse(responseCode = "400", description = "The catalogue is invalid or not UTF-8; field names the record or field ($ for the body). The catalogue in use is unchanged.")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "409", description = "Another catalogue was uploaded at the same moment and took this version; nothing was stored: send it again")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<CatalogStore.Version> upload(@RequestBody byte[] body, @AuthenticationPrincipal PanUser user) {
        // Read from the very text that is stored: Jackson would also read UTF-16 or UTF-32 bytes, which, kept as
        // UTF-8, came back as garbage and stopped the next start-up.
        String text = utf8(body);
        Catalog catalog = CatalogJson.read(text);
        requireStorable(catalog);
        CatalogStore.Version version;
        try {
            version = store.add(user.username(), catalog.version(), catalog.structures().size(),
                    catalog.services().size(), text);
        } catch (org.springframework.dao.DuplicateKeyException takenMeanwhile) {
            throw new ConflictException("another catalogue was uploaded at the same moment and took this version;"
                    + " nothing of this one was stored: send it again");
        }
        // Swapped last: if the engine refuses the catalogue, the transaction rolls the stored version back.
        engines.swapCatalog(catalog);
        return ResponseEntity.created(URI.create("/api/v1/admin/catalogs/" + version.version())).body(version);
    }

    /** The body as UTF-8 text (a leading byte-order mark dropped); 400 if it is not UTF-8. */
    static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException("$", "the catalogue must be UTF-8 JSON text");
        }
    }

    /**
     * What the service needs of a catalogue beyond catalog.md: a version to show (health, the pages, the list of
     * versions), and text that fits where it is kept. A structure's and a service's id are copied into each
     * referral (columns of 100 characters), the version into {@code catalogs.catalog_version} (100): over that the
     * upload, or a later referral, would end in a database error instead of this 400.
     */
    static void requireStorable(Catalog catalog) {
        if (catalog.version() == null || catalog.version().isBlank()) {
            throw new BadInputException("version", "is required: the service shows which catalogue is in use");
        }
        PlainText.require("version", catalog.version(), MAX_TEXT);
        for (int i = 0; i < catalog.structures().size(); i++) {
            if (catalog.structures().get(i).id().length() > MAX_TEXT) {
                throw new BadInputException("structures[" + i + "].id", "is over " + MAX_TEXT + " characters");
            }
        }
        for (int i = 0; i < catalog.services().size(); i++) {
            if (catalog.services().get(i).id().length() > MAX_TEXT) {
                throw new BadInputException("services[" + i + "].id", "is over " + MAX_TEXT + " characters");
            }
        }
    }

    @Operation(summary = "The stored catalogue versions, newest first, without their bodies")
    @ApiResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = CatalogStore.Version.class))))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CatalogStore.Version> versions() {
        return store.versions();
    }

    /** A stored version's catalogue as it was uploaded: where the upload's {@code Location} points. */
    @Operation(summary = "One stored version's catalogue as it was uploaded")
    @ApiResponse(responseCode = "200", description = "The catalogue (catalog.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Catalog.class)))
    @ApiResponse(responseCode = "400", description = "The version is not a number from 1 (field: version)")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such catalogue version")
    @GetMapping(path = "/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> version(@Parameter(description = "The catalogue version: 1, 2, 3…",
                                                  schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                          @PathVariable String version) {
        // At most 18 digits: always a long.
        long number = version.matches("[0-9]{1,18}") ? Long.parseLong(version) : 0;
        if (number < 1) {
            throw new BadInputException("version", Echo.of(version) + " is not a catalogue version (1, 2, 3…)");
        }
        String body = store.body(number).orElseThrow(() -> new NotFoundException("catalogue version", version));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
