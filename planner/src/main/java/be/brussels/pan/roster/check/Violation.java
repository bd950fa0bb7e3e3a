package be.brussels.pan.roster.check;

/**
 * One broken rule: {@code constraint} is H1–H13 from the contract, or COVERAGE (a session missing or listed
 * twice), REFERENCE (an unknown id), PARTIAL (an assignment without timeslot, venue or animator) or REASONS
 * (an unassigned session without a reason).
 */
public record Violation(String constraint, String session, String detail) {
    @Override
    public String toString() {
        return constraint + " [" + session + "] " + detail;
    }
}
