package be.brussels.pan.roster.domain;

/** Preferred period of a session (contract: DAY, EVENING, SATURDAY, ANY). */
public enum Period {
    DAY, EVENING, SATURDAY, ANY;

    /** Whether a timeslot falls in this period; S4 penalises a session whose slot does not. */
    public boolean contains(Timeslot slot) {
        return switch (this) {
            case ANY -> true;
            case SATURDAY -> slot.isSaturday();
            case EVENING -> slot.isEvening();
            case DAY -> !slot.isEvening() && !slot.isSaturday();
        };
    }
}
