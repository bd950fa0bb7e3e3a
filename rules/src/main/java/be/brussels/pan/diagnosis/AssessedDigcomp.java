package be.brussels.pan.diagnosis;

/** The estimated DigComp level (A, B or C). */
public final class AssessedDigcomp {
    private final DigcompLevel level;

    public AssessedDigcomp(DigcompLevel level) { this.level = level; }

    public DigcompLevel getLevel() { return level; }
}
