package be.brussels.pan.service.registry;

/** Where a registry record's values come from; shown with every record (JSON, CSV, pages). */
public enum Provenance {
    /** Made up: the illustrative registry loaded on first start (the planner's generator over its seed data). */
    ILLUSTRATIVE,
    /** Written by a planner (the API or a CSV import). */
    ENTERED
}
