package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.rules.meta.RuleMeta;
import java.util.EnumMap;
import java.util.Map;
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

    public int raw(Dimension dimension) {
        return points.getOrDefault(dimension, 0);
    }

    /** A dimension's value: its points, capped to the contract's range. */
    public int dimension(Dimension dimension) {
        return Math.max(0, Math.min(CONTRACT_MAXIMUM, raw(dimension)));
    }

    /**
     * The overall score: the weighted mean of the three capped dimensions, weights {@code @accessWeight},
     * {@code @skillsWeight} and {@code @attitudeWeight} of the calling rule, rounded half up.
     */
    public FragilityScore score(RuleContext rule) {
        int wa = RuleMeta.integer(rule.getRule(), "accessWeight");
        int ws = RuleMeta.integer(rule.getRule(), "skillsWeight");
        int wt = RuleMeta.integer(rule.getRule(), "attitudeWeight");
        int a = dimension(Dimension.ACCESS);
        int s = dimension(Dimension.SKILLS);
        int t = dimension(Dimension.ATTITUDE);
        int score = (int) Math.round((double) (wa * a + ws * s + wt * t) / (wa + ws + wt));
        return new FragilityScore(a, s, t, score);
    }
}
