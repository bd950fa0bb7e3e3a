package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.rules.meta.RuleMeta;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the points the fragility rules give to each dimension (a global of the session, one per
 * diagnosis). A rule names its dimension and its points in its metadata: {@code @dimension("ACCESS")
 * @points(50)}; the scorecard only adds them up.
 */
public final class Scorecard {

    /** The contract bounds every dimension and the score to 0–100. */
    private static final int CONTRACT_MAXIMUM = 100;

    private final Map<Dimension, Integer> points = new EnumMap<>(Dimension.class);
    private final Set<Dimension> leftOut = EnumSet.noneOf(Dimension.class);

    /** Adds the rule's {@code @points} to its {@code @dimension}. */
    public void add(RuleContext rule) {
        add(rule, 1);
    }

    /** Adds {@code times} the rule's {@code @points} to its {@code @dimension} (one per matching item). */
    public void add(RuleContext rule, int times) {
        Dimension dimension = Dimension.valueOf(RuleMeta.text(rule.getRule(), "dimension"));
        int value = RuleMeta.integer(rule.getRule(), "points") * times;
        points.merge(dimension, value, Integer::sum);
    }

    /** Leaves the rule's {@code @dimension} out of the score: no answer informed it. */
    public void leaveOut(RuleContext rule) {
        leftOut.add(Dimension.valueOf(RuleMeta.text(rule.getRule(), "dimension")));
    }

    public int raw(Dimension dimension) {
        return points.getOrDefault(dimension, 0);
    }

    /** A dimension's value: its points, capped to the contract's range. */
    public int dimension(Dimension dimension) {
        return Math.max(0, Math.min(CONTRACT_MAXIMUM, raw(dimension)));
    }

    /**
     * The overall score: the weighted mean of the capped dimensions that were not left out, weights
     * {@code @accessWeight}, {@code @skillsWeight} and {@code @attitudeWeight} of the calling rule, rounded
     * half up. Access and skills are never left out (the four screening answers inform them), so the mean
     * always has a dimension.
     */
    public FragilityScore score(RuleContext rule) {
        int a = dimension(Dimension.ACCESS);
        int s = dimension(Dimension.SKILLS);
        int t = dimension(Dimension.ATTITUDE);
        double sum = 0;
        double weights = 0;
        Set<Dimension> counted = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (!leftOut.contains(d)) {
                double w = RuleMeta.decimal(rule.getRule(), weightKey(d));
                sum += w * dimension(d);
                weights += w;
                counted.add(d);
            }
        }
        int score = (int) Math.round(sum / weights);
        return new FragilityScore(a, s, t, score, counted);
    }

    private static String weightKey(Dimension d) {
        return switch (d) {
            case ACCESS -> "accessWeight";
            case SKILLS -> "skillsWeight";
            case ATTITUDE -> "attitudeWeight";
        };
    }
}
