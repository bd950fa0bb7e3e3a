package be.brussels.pan.rules.orientation;

import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule asks of the offers, once every offer is proposed: the offer side of its condition, written in
 * the rule's consequence, and what to do with the offers that pass. The rule's own conditions (the person's
 * facts) stay in its {@code when}; the board applies the test in one pass over the proposals when it ranks
 * them (see {@link OrientationBoard}).
 *
 * <p>Why not a join on proposal facts: fifteen rules joining every proposal made up about 40 % of a
 * diagnosis (docs/benchmarks.md, rule base 1.1.1). A rule that registers a test fires once.
 */
sealed interface OfferTest {

    /** The rule that asked; it is in the explanation only if {@link #applied}. */
    Rule rule();

    /** The offers that pass get the rule's {@code @points}. */
    record Score(Rule rule, Predicate<OfferCandidate> test) implements OfferTest {
    }

    /** The offers that pass are not proposed; the rule's id says why. */
    record Exclude(Rule rule, Predicate<OfferCandidate> test) implements OfferTest {
    }

    /** The best of the offers that pass is kept at the rule's {@code @rank} or better. */
    record KeepInTop(Rule rule, Predicate<OfferCandidate> test) implements OfferTest {
    }

    /**
     * Each proposal that passes {@code first} is ranked before each other one that passes {@code second}, when
     * the two pass {@code pair} (the rule's {@code @moves} says which one moves).
     */
    record KeepBefore(Rule rule, Predicate<OfferCandidate> first, Predicate<OfferCandidate> second,
                      BiPredicate<OfferCandidate, OfferCandidate> pair) implements OfferTest {
    }

    /** When no proposal passes {@code none}, the offers that pass {@code test} get the rule's points. */
    record ScoreIfNone(Rule rule, Predicate<OfferCandidate> none, Predicate<OfferCandidate> test) implements OfferTest {
    }

    /** A notice about the list the person sees: the rule counts only if the offers shown pass. */
    record Notice(Rule rule, Predicate<OfferList> shown) implements OfferTest {
    }

    /** A rule that counts only if the proposals pass (a rule that states a policy for the proposals). */
    record AboutProposals(Rule rule, Predicate<OfferList> proposed) implements OfferTest {
    }
}
