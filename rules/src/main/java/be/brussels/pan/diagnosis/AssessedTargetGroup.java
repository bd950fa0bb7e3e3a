package be.brussels.pan.diagnosis;

/** One of the six target groups the person belongs to. */
public final class AssessedTargetGroup {
    private final TargetGroup group;

    public AssessedTargetGroup(TargetGroup group) { this.group = group; }

    public TargetGroup getGroup() { return group; }
}
