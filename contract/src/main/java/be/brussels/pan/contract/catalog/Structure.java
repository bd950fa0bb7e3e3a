package be.brussels.pan.contract.catalog;

import java.util.List;

/**
 * An organisation or place that offers services: an EPN, a partner association, a CPAS, a refurbisher…
 *
 * <p>{@code accessible} (format 1.0) and {@code accessibility.wheelchair} (format 1.1) are one fact: when
 * {@code accessible} is not given it is read from {@code accessibility.wheelchair}; a catalogue giving both
 * with different values is invalid (CatalogValidator).
 */
public record Structure(String id, String name, StructureKind kind, String description, String postcode,
                        String communeCode, String address, Double lat, Double lon, String phone, String email,
                        String website, String openingHours, Boolean accessible, Accessibility accessibility,
                        List<String> languages, List<String> labels, boolean mobile, boolean atHome,
                        Provenance provenance) {

    /** The label granted by the Region to public digital spaces (seed L211-235). */
    public static final String EPN_LABEL = "EPN_LABEL_RBC";

    public Structure {
        languages = languages == null ? List.of() : List.copyOf(languages);
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (accessible == null && accessibility != null) {
            accessible = accessibility.wheelchair();
        }
    }

    /** A format 1.0 structure: no accessibility object. */
    public Structure(String id, String name, StructureKind kind, String description, String postcode,
                     String communeCode, String address, Double lat, Double lon, String phone, String email,
                     String website, String openingHours, Boolean accessible, List<String> languages,
                     List<String> labels, boolean mobile, boolean atHome, Provenance provenance) {
        this(id, name, kind, description, postcode, communeCode, address, lat, lon, phone, email, website,
                openingHours, accessible, null, languages, labels, mobile, atHome, provenance);
    }

    public boolean isLabelledEpn() {
        return labels.contains(EPN_LABEL);
    }
}
