package be.brussels.pan.contract.catalog;

/** Seats of a service and how many were free at {@code updated} (ISO date). */
public record Capacity(Integer seats, Integer available, String updated) {
}
