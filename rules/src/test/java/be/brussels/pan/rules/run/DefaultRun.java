package be.brussels.pan.rules.run;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The rule base and the default catalogue, loaded once for all the rules' tests: both are immutable, and
 * loading the rule base is the slow part of a test run.
 */
public final class DefaultRun {

    public static final String CATALOG_RESOURCE = "/be/brussels/pan/rules/catalog/default-catalog.json";

    public static final RuleBase RULE_BASE = RuleBase.load();

    public static final Catalog CATALOG = readCatalog();

    /** The rule base on the default catalogue, as the engine's DiagnosisEngine.withDefaultCatalog() runs it. */
    public static final Evaluator EVALUATOR = new Evaluator(RULE_BASE, CATALOG);

    private DefaultRun() {
    }

    /**
     * The default catalogue read with the contract's strict JSON settings. The engine reads it with its
     * CatalogJson, which also validates it (ids, references, communes); that is the engine's job and is tested
     * there (DefaultCatalogTest).
     */
    private static Catalog readCatalog() {
        try (InputStream in = DefaultRun.class.getResourceAsStream(CATALOG_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CATALOG_RESOURCE);
            }
            return StrictJson.builder().build().readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
