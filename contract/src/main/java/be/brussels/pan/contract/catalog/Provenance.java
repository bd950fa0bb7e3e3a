package be.brussels.pan.contract.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Provenance of one catalogue record (catalog.md). {@code source} qualifies the record as a whole;
 * {@code illustrativeFields} names the fields of a SEED or DERIVED record that were nevertheless made up
 * (hours, seats…), so that a reader can tell fact from illustration field by field. {@code facts} (format 1.1,
 * optional) names the source of single fields: an address from a public page, languages the seed states, an
 * accessibility fact.
 */
public record Provenance(ProvenanceSource source, String seedLines, String note, List<String> illustrativeFields,
                         List<FieldFact> facts) {

    public Provenance {
        Objects.requireNonNull(source, "provenance.source");
        illustrativeFields = illustrativeFields == null ? List.of() : List.copyOf(illustrativeFields);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** A format 1.0 provenance: no field-level facts. */
    public Provenance(ProvenanceSource source, String seedLines, String note, List<String> illustrativeFields) {
        this(source, seedLines, note, illustrativeFields, List.of());
    }

    /** The facts that back {@code field} ({@code address}, {@code accessibility.visual}…); empty when none. */
    public List<FieldFact> factsFor(String field) {
        return facts.stream().filter(f -> f.names(field)).toList();
    }
}
