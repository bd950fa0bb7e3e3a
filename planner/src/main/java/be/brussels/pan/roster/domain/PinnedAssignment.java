package be.brussels.pan.roster.domain;

/** The assignment a pinned session must keep (H13); kit may be null. */
public record PinnedAssignment(Timeslot timeslot, Venue venue, Animator animator, Kit kit) {
}
