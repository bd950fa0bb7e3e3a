package be.brussels.pan.service.admin;

import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.engine.EngineHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, swaps in the latest uploaded catalogue if there is one (else the engine keeps its default). A
 * stored catalogue that no longer validates (e.g. after an engine upgrade) stops the start-up: serving
 * diagnoses on another catalogue than the one the administrator chose would go unnoticed.
 */
@Component
public class CatalogStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogStartup.class);

    private final CatalogStore store;
    private final EngineHolder engines;

    public CatalogStartup(CatalogStore store, EngineHolder engines) {
        this.store = store;
        this.engines = engines;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.latestBody().ifPresent(body -> {
            engines.swapCatalog(CatalogJson.read(body));
            LOG.info("uploaded catalogue version {} in use", store.versions().get(0).version());
        });
    }
}
