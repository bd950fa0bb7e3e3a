package be.brussels.pan.rules.run;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.rules.geo.Point;
import be.brussels.pan.rules.orientation.OfferCandidate;
import be.brussels.pan.rules.orientation.Offers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's offers as rule facts, prepared once per catalogue for each commune the person may live
 * in: distance from the commune point, rank by distance within the offer's kind, same commune or not.
 * Prepared lists are immutable and shared by all diagnoses, so that a diagnosis allocates no offer.
 * The catalogue is expected validated (the engine's CatalogValidator); the two facts this index needs, a
 * structure for every service and a Brussels commune for every structure, are checked again here so that a
 * bad catalogue fails naming its record rather than with a bare exception.
 */
final class OfferIndex {

    private final Catalog catalog;
    private final Map<String, Structure> structures = new HashMap<>();
    private final Map<String, Offers> byCommune = new HashMap<>();
    private final Offers withoutCommune;

    OfferIndex(Catalog catalog, Communes communes) {
        this.catalog = catalog;
        for (Structure s : catalog.structures()) {
            structures.put(s.id(), s);
        }
        List<Located> located = new ArrayList<>();
        for (Service service : catalog.services()) {
            Structure structure = structures.get(service.structureId());
            if (structure == null) {
                throw new IllegalArgumentException("service " + service.id() + ": structureId '"
                        + service.structureId() + "' is not a structure of the catalogue");
            }
            located.add(new Located(service, structure, service.orientationKind(structure),
                    communes.pointOf(structure).orElseThrow(() -> new IllegalArgumentException("structure "
                            + structure.id() + ": communeCode '" + structure.communeCode() + "' is not a Brussels commune"))));
        }
        for (Commune commune : communes.all()) {
            byCommune.put(commune.code(), new Offers(prepare(located, commune)));
        }
        List<OfferCandidate> unknown = new ArrayList<>();
        for (Located l : located) {
            unknown.add(new OfferCandidate(l.service, l.structure, l.kind, null, null, false));
        }
        withoutCommune = new Offers(unknown);
    }

    Catalog catalog() {
        return catalog;
    }

    /** The offers as seen from a commune, or without distances when the commune is unknown. */
    Offers from(String communeCode) {
        if (communeCode == null) {
            return withoutCommune;
        }
        return byCommune.getOrDefault(communeCode, withoutCommune);
    }

    private static List<OfferCandidate> prepare(List<Located> located, Commune from) {
        Map<OrientationKind, List<Measured>> byKind = new EnumMap<>(OrientationKind.class);
        Map<String, Double> kms = new HashMap<>();
        for (Located l : located) {
            double km = from.point().kmTo(l.point);
            kms.put(l.service.id(), km);
            byKind.computeIfAbsent(l.kind, k -> new ArrayList<>()).add(new Measured(l, km));
        }
        Map<String, Integer> ranks = new HashMap<>();
        for (List<Measured> list : byKind.values()) {
            list.sort(Comparator.comparingDouble(Measured::km).thenComparing(m -> m.located.service.id()));
            for (int i = 0; i < list.size(); i++) {
                ranks.put(list.get(i).located.service.id(), i + 1);
            }
        }
        List<OfferCandidate> result = new ArrayList<>();
        for (Located l : located) {
            result.add(new OfferCandidate(l.service, l.structure, l.kind, kms.get(l.service.id()), ranks.get(l.service.id()),
                    from.code().equals(l.structure.communeCode())));
        }
        return result;
    }

    private record Located(Service service, Structure structure, OrientationKind kind, Point point) {
    }

    private record Measured(Located located, double km) {
    }
}
