package be.brussels.pan.contract.catalog;

import java.util.List;

/** A catalogue of offers: structures and the services they offer (catalog.md). */
public record Catalog(String version, String description, List<Structure> structures, List<Service> services) {

    public Catalog {
        structures = structures == null ? List.of() : List.copyOf(structures);
        services = services == null ? List.of() : List.copyOf(services);
    }
}
