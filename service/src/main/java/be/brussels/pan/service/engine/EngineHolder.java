package be.brussels.pan.service.engine;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.engine.DiagnosisEngine;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The engine in use. A catalogue upload swaps in a new engine on the same rule base without a restart;
 * a diagnosis in progress finishes on the engine it started with.
 */
@Component
public class EngineHolder {

    private final AtomicReference<DiagnosisEngine> current = new AtomicReference<>(DiagnosisEngine.withDefaultCatalog());

    public DiagnosisEngine engine() {
        return current.get();
    }

    /** Validates the catalogue (the engine does) and swaps it in. */
    public DiagnosisEngine swapCatalog(Catalog catalog) {
        // Atomic: two uploads at once both end up applied in turn, neither overwrites the other's base.
        return current.updateAndGet(engine -> engine.usingCatalog(catalog));
    }
}
