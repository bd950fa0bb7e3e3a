package be.brussels.pan.roster.json;

/** One placed session (solution) or a pinned assignment (problem; there {@code session} may be omitted). */
public record AssignmentJson(String session, String timeslot, String venue, String animator, String kit) {
}
