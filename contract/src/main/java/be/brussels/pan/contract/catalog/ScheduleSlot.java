package be.brussels.pan.contract.catalog;

/** One weekly opening of a service (HSDS-like): weekday MONDAY…SUNDAY, opens/closes as HH:mm. */
public record ScheduleSlot(String weekday, String opens, String closes) {
}
