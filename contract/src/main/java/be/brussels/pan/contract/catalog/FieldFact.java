package be.brussels.pan.contract.catalog;

import java.util.List;

/**
 * The source of some fields of one record (catalogue format 1.1, {@code provenance.facts}): which fields
 * ({@code address}, {@code languages}, {@code accessibility.wheelchair}…) it backs, and the evidence — seed
 * lines for {@code SEED} and {@code DERIVED}, a page's {@code url} (and {@code date}, {@code YYYY[-MM[-DD]]},
 * when the page shows one) for {@code PUBLIC_SOURCE}. The note says what the source states and how far it
 * can be trusted (an operator's office, a press article in the future tense…).
 */
public record FieldFact(List<String> fields, ProvenanceSource source, String seedLines, String url, String date,
                        String note) {

    public FieldFact {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Whether this fact backs {@code field}; naming {@code accessibility} backs each of its parts. */
    public boolean names(String field) {
        return fields.contains(field) || field.startsWith("accessibility.") && fields.contains("accessibility");
    }
}
