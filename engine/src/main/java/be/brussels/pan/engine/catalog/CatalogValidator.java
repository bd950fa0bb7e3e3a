package be.brussels.pan.engine.catalog;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Provenance;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.rules.geo.Communes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks a catalogue before an engine uses it: unique ids, resolvable references, known communes,
 * provenance on every record (catalog.md).
 */
public final class CatalogValidator {

    /** As in the diagnosis contract: four digits, not starting with 0. */
    private static final java.util.regex.Pattern BELGIAN_POSTCODE = java.util.regex.Pattern.compile("[1-9][0-9]{3}");

    private CatalogValidator() {
    }

    public static Catalog validate(Catalog catalog) {
        if (catalog == null) {
            throw new InvalidCatalogException("$", "a catalogue is required");
        }
        Communes communes = Communes.brussels();
        Map<String, Structure> structures = new HashMap<>();
        for (int i = 0; i < catalog.structures().size(); i++) {
            Structure s = catalog.structures().get(i);
            String where = where("structures", i, "structure", s.id());
            requireRecord(where, s.id(), s.name(), s.kind(), s.provenance());
            if (s.postcode() != null && !BELGIAN_POSTCODE.matcher(s.postcode()).matches()) {
                throw new InvalidCatalogException(where, "postcode must be a Belgian postcode of four digits, not '"
                        + s.postcode() + "'");
            }
            if (s.communeCode() == null || communes.byCode(s.communeCode()).isEmpty()) {
                throw new InvalidCatalogException(where, "communeCode must be the NIS code of a Brussels commune");
            }
            if ((s.lat() == null) != (s.lon() == null)) {
                throw new InvalidCatalogException(where, "lat and lon go together");
            }
            if (s.lat() != null && (Math.abs(s.lat()) > 90 || Math.abs(s.lon()) > 180)) {
                throw new InvalidCatalogException(where, "lat must be within ±90 and lon within ±180 (WGS 84 degrees)");
            }
            if (structures.put(s.id(), s) != null) {
                throw new InvalidCatalogException(where, "duplicate structure id");
            }
        }
        Set<String> services = new HashSet<>();
        for (int i = 0; i < catalog.services().size(); i++) {
            Service s = catalog.services().get(i);
            String where = where("services", i, "service", s.id());
            requireRecord(where, s.id(), s.name(), s.kind(), s.provenance());
            if (s.structureId() == null || !structures.containsKey(s.structureId())) {
                throw new InvalidCatalogException(where, "structureId '" + s.structureId() + "' is not a structure of the catalogue");
            }
            if (s.minimumAge() != null && s.maximumAge() != null && s.minimumAge() > s.maximumAge()) {
                throw new InvalidCatalogException(where, "minimumAge is above maximumAge");
            }
            if (!services.add(s.id())) {
                throw new InvalidCatalogException(where, "duplicate service id");
            }
        }
        if (services.isEmpty()) {
            throw new InvalidCatalogException("services", "a catalogue needs at least one service");
        }
        return catalog;
    }

    /** Names a record by its id when it has one, else by its place in the list. */
    private static String where(String list, int index, String kind, String id) {
        return id == null ? list + "[" + index + "]" : kind + " " + id;
    }

    /** What every structure and service needs: an id, a name, a kind and a provenance. */
    private static void requireRecord(String where, String id, String name, Object kind, Provenance provenance) {
        requireText(id, where, "id");
        requireText(name, where, "name");
        if (kind == null) {
            throw new InvalidCatalogException(where, "kind is required");
        }
        requireProvenance(provenance, where);
    }

    private static void requireText(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCatalogException(where, field + " is required");
        }
    }

    private static void requireProvenance(Provenance provenance, String where) {
        if (provenance == null || provenance.source() == null) {
            throw new InvalidCatalogException(where, "provenance.source is required (SEED, DERIVED or ILLUSTRATIVE)");
        }
    }
}
