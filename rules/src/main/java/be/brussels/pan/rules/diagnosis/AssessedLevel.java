package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.FragilityLevel;

/** The fragility level the level rules assigned to the score. */
public final class AssessedLevel {
    private final FragilityLevel level;

    public AssessedLevel(FragilityLevel level) { this.level = level; }

    public FragilityLevel getLevel() { return level; }
}
