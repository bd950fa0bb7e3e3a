package be.brussels.pan.contract.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Provenance of one catalogue record (catalog.md). {@code source} qualifies the record as a whole;
 * {@code illustrativeFields} names the fields of a SEED or DERIVED record that were nevertheless made up
 * (addresses, hours, languages…), so that a reader can tell fact from illustration field by field.
 */
public record Provenance(ProvenanceSource source, String seedLines, String note, List<String> illustrativeFields) {

    public Provenance {
        Objects.requireNonNull(source, "provenance.source");
        illustrativeFields = illustrativeFields == null ? List.of() : List.copyOf(illustrativeFields);
    }
}
