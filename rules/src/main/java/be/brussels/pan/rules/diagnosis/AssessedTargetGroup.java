package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.TargetGroup;

/** One of the six target groups the person belongs to. */
public final class AssessedTargetGroup {
    private final TargetGroup group;

    public AssessedTargetGroup(TargetGroup group) { this.group = group; }

    public TargetGroup getGroup() { return group; }
}
