package be.brussels.pan.service.offer;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.service.engine.EngineHolder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The offers of the catalogue in use (the engine's: a catalogue upload is seen at once), indexed by id, and the
 * search behind {@code GET /api/v1/offers}.
 */
@Component
public class OfferCatalog {

    private final EngineHolder engines;
    private volatile Index index;

    public OfferCatalog(EngineHolder engines) {
        this.engines = engines;
    }

    /** A service of the current catalogue. */
    public Optional<Service> service(String id) {
        return Optional.ofNullable(index().services.get(id));
    }

    /** The ids of the current catalogue's structures (a registry venue may name one). */
    public java.util.Set<String> structureIds() {
        return java.util.Collections.unmodifiableSet(index().structures.keySet());
    }

    /** The services of a structure in the current catalogue, in catalogue order. */
    public List<Service> servicesOf(String structureId) {
        return index().services.values().stream().filter(s -> s.structureId().equals(structureId)).toList();
    }

    /** The offer with this id in the current catalogue. */
    public Optional<OfferView> offer(String id) {
        Index current = index();
        return Optional.ofNullable(current.services.get(id))
                .filter(s -> current.structures.containsKey(s.structureId()))
                .map(s -> OfferView.of(s, current.structures.get(s.structureId()), null));
    }

    /**
     * The offers matching every given filter (null: no filter). With an origin commune, nearest first (distance
     * from the commune's point to the structure's point, the structure's own coordinates or its commune's), then
     * by id; without, by id.
     */
    public OfferSearch search(Commune origin, String postcode, OrientationKind kind, TargetGroup targetGroup,
                              String language) {
        Index current = index();
        List<OfferView> offers = current.services.values().stream()
                .filter(s -> current.structures.containsKey(s.structureId()))
                .filter(s -> kind == null || s.orientationKind(current.structures.get(s.structureId())) == kind)
                .filter(s -> targetGroup == null || s.targetGroups().contains(targetGroup))
                .filter(s -> language == null
                        || OfferView.languages(s, current.structures.get(s.structureId())).contains(language))
                .map(s -> {
                    Structure structure = current.structures.get(s.structureId());
                    return OfferView.of(s, structure, origin == null ? null : distance(origin, structure));
                })
                .sorted(Comparator.comparing(OfferView::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OfferView::id))
                .toList();
        return new OfferSearch(current.catalog.version(), postcode, origin == null ? null : origin.code(),
                offers.size(), offers);
    }

    /** Kilometres, rounded to 0.1, from the commune's point to the structure's; null when it has no point. */
    static Double distance(Commune origin, Structure structure) {
        return Communes.brussels().pointOf(structure).map(origin.point()::kmTo).orElse(null);
    }

    private Index index() {
        Catalog catalog = engines.engine().catalog();
        Index current = index;
        if (current == null || current.catalog != catalog) {
            current = new Index(catalog);
            index = current;
        }
        return current;
    }

    private static final class Index {
        final Catalog catalog;
        final Map<String, Structure> structures;
        final Map<String, Service> services;

        Index(Catalog catalog) {
            this.catalog = catalog;
            this.structures = catalog.structures().stream()
                    .collect(Collectors.toMap(Structure::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            this.services = catalog.services().stream()
                    .collect(Collectors.toMap(Service::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        }
    }
}
