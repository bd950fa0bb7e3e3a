package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.DigcompLevel;

/** The estimated DigComp level (A, B or C). */
public final class AssessedDigcomp {
    private final DigcompLevel level;

    public AssessedDigcomp(DigcompLevel level) { this.level = level; }

    public DigcompLevel getLevel() { return level; }
}
