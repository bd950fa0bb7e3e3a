package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.rules.meta.RuleMeta;
import org.kie.api.runtime.rule.RuleContext;

/** The fragility level the level rule assigned to the score. */
public final class AssessedLevel {
    private final FragilityLevel level;

    public AssessedLevel(FragilityLevel level) { this.level = level; }

    /**
     * The level of the score under the calling rule's thresholds: {@code @severe}, {@code @high},
     * {@code @moderate} and {@code @low} are the lowest scores of their bands; below {@code @low} is NONE.
     * Reading them from the rule keeps each number in one place, next to its reason.
     */
    public static AssessedLevel of(RuleContext rule, FragilityScore score) {
        int value = score.getScore();
        FragilityLevel level;
        if (value >= RuleMeta.integer(rule.getRule(), "severe")) {
            level = FragilityLevel.SEVERE;
        } else if (value >= RuleMeta.integer(rule.getRule(), "high")) {
            level = FragilityLevel.HIGH;
        } else if (value >= RuleMeta.integer(rule.getRule(), "moderate")) {
            level = FragilityLevel.MODERATE;
        } else if (value >= RuleMeta.integer(rule.getRule(), "low")) {
            level = FragilityLevel.LOW;
        } else {
            level = FragilityLevel.NONE;
        }
        return new AssessedLevel(level);
    }

    public FragilityLevel getLevel() { return level; }

    /** True when this level is {@code other} or more fragile (levels are declared from NONE to SEVERE). */
    public boolean isAtLeast(FragilityLevel other) { return level.compareTo(other) >= 0; }
}
