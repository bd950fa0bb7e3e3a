package be.brussels.pan.service.admin;

import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.engine.EngineHolder;
import be.brussels.pan.service.health.StartupSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, swaps in the latest uploaded catalogue if there is one (else the engine keeps its default). A
 * stored catalogue that no longer validates (e.g. after an engine upgrade) stops the start-up: serving
 * diagnoses on another catalogue than the one the administrator chose would go unnoticed. It runs before the web
 * server opens its port (issue 15: as an {@code ApplicationRunner} it ran after, and the first diagnoses could
 * be answered on the default catalogue).
 */
@Component
public class CatalogStartup implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogStartup.class);

    private final CatalogStore store;
    private final EngineHolder engines;
    private final StartupSteps steps;

    public CatalogStartup(CatalogStore store, EngineHolder engines, StartupSteps steps) {
        this.store = store;
        this.engines = engines;
        this.steps = steps;
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.latestBody().ifPresent(body -> {
            engines.swapCatalog(CatalogJson.read(body));
            LOG.info("uploaded catalogue version {} in use", store.versions().get(0).version());
        });
        steps.done(StartupSteps.Step.CATALOGUE_LOADED);
    }
}
