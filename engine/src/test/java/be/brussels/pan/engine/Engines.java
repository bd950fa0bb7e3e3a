package be.brussels.pan.engine;


/** One engine for all tests: it is immutable and thread-safe, and building it loads the rule base. */
public final class Engines {

    public static final DiagnosisEngine DEFAULT = DiagnosisEngine.withDefaultCatalog();

    private Engines() {
    }
}
