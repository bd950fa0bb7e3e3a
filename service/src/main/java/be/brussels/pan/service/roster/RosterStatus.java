package be.brussels.pan.service.roster;

/** Where a roster is: being solved (best solution so far readable), done (final solution stored) or failed. */
public enum RosterStatus {
    SOLVING, DONE, FAILED
}
