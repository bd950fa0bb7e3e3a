package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.rules.meta.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The orientation rules' score sheet (a global of the session, one per diagnosis). Rules propose offers,
 * add or remove points and exclude offers; each rule names its points in its metadata ({@code @points}).
 * The ranking itself is mechanical: most points first, then nearest, then by id; the distance cost and
 * the limits are set by rules of ranking.drl.
 */
public final class OrientationBoard {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private double pointsPerKm = 0;
    private String distanceRule;
    private int maxOrientations = Integer.MAX_VALUE;
    private int maxPerKind = Integer.MAX_VALUE;
    /** A kind whose best offer is shown even when the cut would leave it out (null: none). */
    private OrientationKind alwaysKept;

    /** Proposes the offer with the rule's {@code @points}; the first proposal inserts a {@link Proposal} fact. */
    public void propose(RuleContext rule, OfferCandidate offer) {
        Entry entry = entries.get(offer.getId());
        if (entry == null) {
            entry = new Entry(new Proposal(offer));
            entries.put(offer.getId(), entry);
            rule.getKieRuntime().insert(entry.proposal);
        }
        entry.add(RuleMeta.id(rule.getRule()), RuleMeta.integer(rule.getRule(), "points"));
    }

    /** Adds the rule's {@code @points} (negative to demote) to a proposal. */
    public void score(RuleContext rule, Proposal proposal) {
        entries.get(proposal.getId()).add(RuleMeta.id(rule.getRule()), RuleMeta.integer(rule.getRule(), "points"));
    }

    /** Removes a proposal from the ranking; the rule's id says why. */
    public void exclude(RuleContext rule, Proposal proposal) {
        Entry entry = entries.get(proposal.getId());
        if (entry.excludedBy == null) {
            entry.excludedBy = RuleMeta.id(rule.getRule());
        }
    }

    /** Sets the cost of distance from the rule's {@code @pointsPerKm}. */
    public void costDistance(RuleContext rule) {
        pointsPerKm = RuleMeta.decimal(rule.getRule(), "pointsPerKm");
        distanceRule = RuleMeta.id(rule.getRule());
    }

    /** Sets the limits from the rule's {@code @maxOrientations} and {@code @maxPerKind}. */
    public void limit(RuleContext rule) {
        maxOrientations = RuleMeta.integer(rule.getRule(), "maxOrientations");
        maxPerKind = RuleMeta.integer(rule.getRule(), "maxPerKind");
        String kept = RuleMeta.text(rule.getRule(), "alwaysKept");
        alwaysKept = kept == null ? null : OrientationKind.valueOf(kept);
    }

    /** The proposals that no rule excluded, ranked and cut to the limits. */
    public List<RankedOffer> ranking() {
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.excludedBy == null) {
                entry.total = entry.points - distanceCost(entry.proposal.getOffer());
                kept.add(entry);
            }
        }
        kept.sort(Comparator.comparingInt((Entry e) -> -e.total)
                .thenComparingDouble(e -> distanceOrMax(e.proposal.getOffer()))
                .thenComparing(e -> e.proposal.getId()));
        Map<OrientationKind, Integer> perKind = new EnumMap<>(OrientationKind.class);
        List<RankedOffer> ranked = new ArrayList<>();
        for (Entry entry : kept) {
            if (ranked.size() == maxOrientations) {
                break;
            }
            OrientationKind kind = entry.proposal.getKind();
            int used = perKind.getOrDefault(kind, 0);
            if (used == maxPerKind) {
                continue;
            }
            perKind.put(kind, used + 1);
            ranked.add(ranked(entry, ranked.size() + 1));
        }
        return keepTheKindAlwaysShown(kept, ranked);
    }

    /**
     * An offer the rules reserve to those who qualify (Start Digital: offered if and only if its four conditions
     * hold) is never cut for lack of room: its best entry takes the last place when the cut left it out.
     */
    private List<RankedOffer> keepTheKindAlwaysShown(List<Entry> kept, List<RankedOffer> ranked) {
        if (alwaysKept == null || ranked.isEmpty() || ranked.stream().anyMatch(r -> r.offer().getKind() == alwaysKept)) {
            return ranked;
        }
        for (Entry entry : kept) {
            if (entry.proposal.getKind() == alwaysKept) {
                List<RankedOffer> result = new ArrayList<>(ranked.subList(0, Math.min(ranked.size(), maxOrientations - 1)));
                result.add(ranked(entry, result.size() + 1));
                return result;
            }
        }
        return ranked;
    }

    /** An entry as shown at a rank: its reasons, and the distance cost as a reason of its own. */
    private RankedOffer ranked(Entry entry, int rank) {
        List<Reason> reasons = new ArrayList<>(entry.reasons);
        int cost = distanceCost(entry.proposal.getOffer());
        if (distanceRule != null && cost != 0) {
            reasons.add(new Reason(distanceRule, -cost));
        }
        return new RankedOffer(rank, entry.proposal.getOffer(), entry.total, List.copyOf(reasons));
    }

    private int distanceCost(OfferCandidate offer) {
        return offer.getDistanceKm() == null ? 0 : (int) Math.round(offer.getDistanceKm() * pointsPerKm);
    }

    private static double distanceOrMax(OfferCandidate offer) {
        return offer.getDistanceKm() == null ? Double.MAX_VALUE : offer.getDistanceKm();
    }

    private static final class Entry {
        private final Proposal proposal;
        private final List<Reason> reasons = new ArrayList<>(4);
        private int points;
        private int total;
        private String excludedBy;

        private Entry(Proposal proposal) {
            this.proposal = proposal;
        }

        /** Adds points; a rule that gives points twice (two matching groups, say) is one reason with their sum. */
        private void add(String rule, int value) {
            points += value;
            for (int i = 0; i < reasons.size(); i++) {
                if (reasons.get(i).rule().equals(rule)) {
                    reasons.set(i, new Reason(rule, reasons.get(i).points() + value));
                    return;
                }
            }
            reasons.add(new Reason(rule, value));
        }
    }
}
