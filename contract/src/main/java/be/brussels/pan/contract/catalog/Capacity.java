package be.brussels.pan.contract.catalog;

/**
 * Seats of a service and how many were free at {@code updated} (ISO date), as its partner declared them. The
 * seat rules (rule base 1.2.0, seats.drl) read it for an offer that has no session in the engine's seat
 * snapshot, and only while the declaration is fresh (within the rules' freshness window of the snapshot's
 * date); published sessions, when there are some, say more.
 */
public record Capacity(Integer seats, Integer available, String updated) {
}
