package be.brussels.pan.contract.catalog;

/**
 * What is known of an accessibility item: a source says it is there ({@code PRESENT}), or only that money
 * was granted to buy it ({@code FUNDED}: presence not confirmed).
 */
public enum EquipmentStatus { PRESENT, FUNDED }
