package be.brussels.pan.service.admin;

import be.brussels.pan.catalog.Catalog;
import be.brussels.pan.catalog.CatalogJson;
import be.brussels.pan.service.engine.EngineHolder;
import be.brussels.pan.service.security.PanUser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/catalogs} (ADMIN): {@code POST} a catalogue (catalog.md) — parsed and validated by the
 * engine's strict reader (unknown fields rejected; a bad record is a 400 naming it and the catalogue in use is
 * unchanged), stored as the next version and swapped in at once; {@code GET} lists the versions, newest first,
 * without their bodies.
 */
@RestController
@RequestMapping("/api/v1/admin/catalogs")
public class CatalogAdminController {

    private final CatalogStore store;
    private final EngineHolder engines;

    public CatalogAdminController(CatalogStore store, EngineHolder engines) {
        this.store = store;
        this.engines = engines;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<CatalogStore.Version> upload(@RequestBody byte[] body, @AuthenticationPrincipal PanUser user) {
        Catalog catalog = CatalogJson.read(new ByteArrayInputStream(body));
        CatalogStore.Version version = store.add(user.username(), catalog.version(), catalog.structures().size(),
                catalog.services().size(), new String(body, StandardCharsets.UTF_8));
        // Swapped last: if the engine refuses the catalogue, the transaction rolls the stored version back.
        engines.swapCatalog(catalog);
        return ResponseEntity.created(URI.create("/api/v1/admin/catalogs/" + version.version())).body(version);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CatalogStore.Version> versions() {
        return store.versions();
    }
}
