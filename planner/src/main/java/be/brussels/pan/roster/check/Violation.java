package be.brussels.pan.roster.check;

/**
 * One broken rule: {@code constraint} is H1–H13 from the contract, or COVERAGE (a session missing or listed
 * twice), REFERENCE (an unknown id), PARTIAL (an assignment without timeslot, venue or animator) or REASONS
 * (an unassigned session without a reason). {@code session} is null when the violation is not about a known
 * session id (a missing problemId or session id); the detail then starts with the field.
 */
public record Violation(String constraint, String session, String detail) {
    @Override
    public String toString() {
        return constraint + (session == null ? "" : " [" + session + "]") + " " + detail;
    }

    /** {@code H1 s-002: detail}, or {@code REFERENCE: problemId: detail} without a session. */
    public String line() {
        return constraint + (session == null ? "" : " " + session) + ": " + detail;
    }
}
