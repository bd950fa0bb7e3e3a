package be.brussels.pan.roster.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.time.LocalTime;

public final class Timeslot {
    /** Contract: a timeslot whose start is 17:00 or later is an evening slot. */
    public static final LocalTime EVENING_START = LocalTime.of(17, 0);

    @PlanningId
    private final String id;
    private final Day day;
    private final LocalTime start;
    private final LocalTime end;

    public Timeslot(String id, Day day, LocalTime start, LocalTime end) {
        this.id = id;
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public String getId() { return id; }
    public Day getDay() { return day; }
    public LocalTime getStart() { return start; }
    public LocalTime getEnd() { return end; }
    public boolean isEvening() { return !start.isBefore(EVENING_START); }
    public boolean isSaturday() { return day == Day.SATURDAY; }

    @Override
    public String toString() { return id; }
}
