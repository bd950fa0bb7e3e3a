package be.brussels.pan.contract.catalog;

import java.util.List;

/**
 * What is known of a structure's accessibility (catalogue format 1.1). Each part is {@code true} (known to
 * be accessible or adapted), {@code false} (known not to be) or {@code null} (unknown, never assumed):
 * {@code wheelchair} (premises usable by a person with reduced mobility, PMR), {@code visual} (an offer adapted
 * to visually impaired people), {@code hearing} (adapted to deaf or hard-of-hearing people),
 * {@code intellectual} (adapted to people with an intellectual disability). {@code equipment} lists items with
 * their status. Every part that is not null has a fact in the structure's {@code provenance.facts}.
 */
public record Accessibility(Boolean wheelchair, Boolean visual, Boolean hearing, Boolean intellectual,
                            List<AccessibilityEquipment> equipment) {

    public Accessibility {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }

    /** Whether an item is listed with that status (a FUNDED braille keyboard is not a PRESENT one). */
    public boolean has(String item, EquipmentStatus status) {
        return equipment.stream().anyMatch(e -> item.equals(e.item()) && e.status() == status);
    }
}
