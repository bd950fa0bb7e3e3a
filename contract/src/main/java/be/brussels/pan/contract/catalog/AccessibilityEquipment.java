package be.brussels.pan.contract.catalog;

/** One accessibility item of a place ({@code BRAILLE_KEYBOARD}, {@code ERGONOMIC_MOUSE}…) and what is known of it. */
public record AccessibilityEquipment(String item, EquipmentStatus status) {
}
