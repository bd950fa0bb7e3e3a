package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.rules.meta.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The orientation rules' score sheet (a global of the session, one per diagnosis). Rules propose offers,
 * add or remove points, exclude offers and state the order some offers must keep; each rule names its
 * numbers in its metadata ({@code @points}, {@code @rank}…). The board only applies them:
 * <ol>
 *   <li>points add up, except that rules of the same {@code @family} (one reason, such as "suits the
 *   persona" or "meets a stated need") count once, with the highest of their points;</li>
 *   <li>most points first, then nearest, then by id; then the order rules asked for ({@link #keepBefore});</li>
 *   <li>the cut to the limits, which never removes an offer a rule keeps ({@link #keepInTopWhere}, the kind
 *   always shown);</li>
 *   <li>the best offer of each {@link #keepInTopWhere} rule is moved up to that rule's {@code @rank}.</li>
 * </ol>
 * Rules that speak of the offers proposed or shown do not join on them: each fires once on the person's facts
 * and gives the board its test over the offers ({@link #scoreWhere}, {@link #excludeWhere}, {@link #keepInTopWhere},
 * {@link #keepBeforeWhere}, {@link #scoreWhereNone}, {@link #noticeWhen}, {@link #aboutProposals}), which the board applies when it ranks.
 * The rules that propose take the offer side of their condition the same way ({@link #proposeEach}): they fire
 * once, not once per offer. A rule whose test no offer passed, or that proposed nothing, changed nothing, and
 * {@link #withoutEffect} names it so that the explanation leaves it out, as if it had not fired.
 */
public final class OrientationBoard {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private double pointsPerKm = 0;
    private String distanceRule;
    private int maxOrientations = Integer.MAX_VALUE;
    private int maxPerKind = Integer.MAX_VALUE;
    /** A kind whose best offer is shown even when the cut would leave it out (null: none). */
    private OrientationKind alwaysKept;
    /** Rule id → the highest rank its best proposal may take, and the proposals it keeps. */
    private final Map<String, TopGroup> topGroups = new LinkedHashMap<>();
    /** Pairs of proposal ids: the first must be ranked before the second. */
    private final List<String[]> before = new ArrayList<>();
    /** The rules' tests over the offers, by rule name: a rule fires once per diagnosis, a second firing replaces. */
    private final Map<String, OfferTest> tests = new LinkedHashMap<>();
    /** The rules that asked something of the offers (a test, or to propose from a list). */
    private final Set<String> asked = new HashSet<>();
    /** The rules whose test some offer passed, or that proposed an offer. */
    private final Set<String> applied = new HashSet<>();
    private List<RankedOffer> ranked;

    /**
     * Proposes the offer with the rule's {@code @points}. A proposal is not a fact of the session: the rules
     * that speak of proposals give the board their test instead (see the class comment).
     */
    public void propose(RuleContext rule, OfferCandidate offer) {
        Entry entry = entries.get(offer.getId());
        if (entry == null) {
            entry = new Entry(new Proposal(offer));
            entries.put(offer.getId(), entry);
        }
        entry.add(rule.getRule());
        applied.add(rule.getRule().getName());
    }

    /**
     * Proposes each of these offers (a list of the catalogue as the person sees it, {@code offers.nearest(…)}
     * and the like) with the rule's {@code @points}. A rule that proposes nothing changed nothing.
     */
    public void proposeEach(RuleContext rule, List<OfferCandidate> offers) {
        proposeEach(rule, offers, offer -> true);
    }

    /** As {@link #proposeEach(RuleContext, List)}, for the offers of the list that pass the rule's test. */
    public void proposeEach(RuleContext rule, List<OfferCandidate> offers, Predicate<OfferCandidate> test) {
        asked.add(rule.getRule().getName());
        for (OfferCandidate offer : offers) {
            if (test.test(offer)) {
                propose(rule, offer);
            }
        }
    }

    /**
     * As {@link #proposeEach(RuleContext, List, Predicate)}, and the best of the offers proposed for this
     * reason (a public, a target group) is never cut for lack of room of its kind ({@link #keepFromCut}).
     */
    public void proposeEachKeepingOne(RuleContext rule, List<OfferCandidate> offers, Predicate<OfferCandidate> test,
                                      Object reason) {
        asked.add(rule.getRule().getName());
        for (OfferCandidate offer : offers) {
            if (test.test(offer)) {
                propose(rule, offer);
                keepFromCut(rule, offer, reason);
            }
        }
    }

    /** The proposals that pass get the rule's {@code @points} (negative to demote). */
    public void scoreWhere(RuleContext rule, Predicate<OfferCandidate> test) {
        register(new OfferTest.Score(rule.getRule(), test));
    }

    /** The proposals that pass are removed from the ranking; the rule's id says why. */
    public void excludeWhere(RuleContext rule, Predicate<OfferCandidate> test) {
        register(new OfferTest.Exclude(rule.getRule(), test));
    }

    /**
     * The best of the proposals that pass is kept at the rule's {@code @rank} or better, and never cut for lack
     * of room.
     */
    public void keepInTopWhere(RuleContext rule, Predicate<OfferCandidate> test) {
        register(new OfferTest.KeepInTop(rule.getRule(), test));
    }

    /**
     * Every proposal that passes {@code first} is ranked before every other that passes {@code second}, whatever
     * their points; see {@link #keepBefore(Rule, String, String)} for which of the two moves.
     */
    public void keepBeforeWhere(RuleContext rule, Predicate<OfferCandidate> first, Predicate<OfferCandidate> second) {
        keepBeforeWhere(rule, first, second, (a, b) -> true);
    }

    /** As {@link #keepBeforeWhere(RuleContext, Predicate, Predicate)}, for the pairs that also pass {@code pair}. */
    public void keepBeforeWhere(RuleContext rule, Predicate<OfferCandidate> first, Predicate<OfferCandidate> second,
                                BiPredicate<OfferCandidate, OfferCandidate> pair) {
        register(new OfferTest.KeepBefore(rule.getRule(), first, second, pair));
    }

    /** When no proposal passes {@code none}, the proposals that pass {@code test} get the rule's points. */
    public void scoreWhereNone(RuleContext rule, Predicate<OfferCandidate> none, Predicate<OfferCandidate> test) {
        register(new OfferTest.ScoreIfNone(rule.getRule(), none, test));
    }

    /** A notice about the offers shown: the rule stays in the explanation only if they pass. */
    public void noticeWhen(RuleContext rule, Predicate<OfferList> shown) {
        register(new OfferTest.Notice(rule.getRule(), shown));
    }

    /** A rule that states a policy for the proposals: it stays in the explanation only if they pass. */
    public void aboutProposals(RuleContext rule, Predicate<OfferList> proposed) {
        register(new OfferTest.AboutProposals(rule.getRule(), proposed));
    }

    private void register(OfferTest test) {
        tests.put(test.rule().getName(), test);
        asked.add(test.rule().getName());
    }

    /**
     * The rule that excludes each of these offers (the catalogue as the person sees it), by the {@link #excludeWhere}
     * tests the rules gave: offer id → the id of the first rule, in firing order, whose test the offer passes.
     * The ranking applies the same tests to the proposals only; this states them for every offer, so that
     * a referral to an offer that was never proposed can still say which rule rules it out.
     */
    public Map<String, String> excludedAmong(List<OfferCandidate> offers) {
        List<OfferTest.Exclude> excludes = new ArrayList<>(4);
        for (OfferTest test : tests.values()) {
            if (test instanceof OfferTest.Exclude exclude) {
                excludes.add(exclude);
            }
        }
        if (excludes.isEmpty()) {
            return Map.of();
        }
        String[] ids = new String[excludes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = RuleMeta.id(excludes.get(i).rule());
        }
        Map<String, String> excluded = new LinkedHashMap<>();
        for (OfferCandidate offer : offers) {
            for (int i = 0; i < ids.length; i++) {
                if (excludes.get(i).test().test(offer)) {
                    excluded.put(offer.getId(), ids[i]);
                    break;
                }
            }
        }
        return excluded;
    }

    /**
     * The rules that gave the board a test no offer passed (names, as {@link Rule#getName()}): they changed
     * nothing, so the explanation leaves them out. Complete once the offers are ranked.
     */
    public Set<String> withoutEffect() {
        Set<String> names = new HashSet<>(asked);
        names.removeAll(applied);
        return names;
    }

    /**
     * Never cuts the best of the offers this rule proposes for one reason (a public, a target group) for
     * lack of room of its kind: two offers for women must not leave no room for the one for seniors.
     */
    public void keepFromCut(RuleContext rule, OfferCandidate offer, Object reason) {
        String key = RuleMeta.id(rule.getRule()) + ":" + reason;
        topGroups.computeIfAbsent(key, k -> new TopGroup(null)).ids.add(offer.getId());
    }

    /**
     * Keeps the best of the proposals that any of the rules in this rule's {@code @ofRules} (space-separated
     * ids) proposed or scored, at this rule's {@code @rank} or better.
     */
    public void keepProposalsOfRulesInTop(RuleContext rule) {
        String id = RuleMeta.id(rule.getRule());
        TopGroup group = topGroups.computeIfAbsent(id, k -> new TopGroup(RuleMeta.integer(rule.getRule(), "rank")));
        group.rules.addAll(RuleMeta.words(rule.getRule(), "ofRules"));
    }

    /**
     * Ranks {@code first} before {@code second} whatever their points (both stay subject to the cut). The
     * rule's {@code @moves} says which of the two moves when points put them the other way: {@code first}
     * takes the place of the second (Start Digital takes its EPN's place), {@code second} waits just after the
     * first (volunteering waits after the offers for a stated need). Either way the other offers keep their
     * order of points and distance.
     */
    private void keepBefore(Rule rule, String first, String second) {
        boolean movesFirst = "first".equals(RuleMeta.text(rule, "moves"));
        before.add(new String[] {first, second, movesFirst ? "first" : "second"});
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

    /**
     * Ranks and cuts once every proposal and every point is in (the rule {@code ranking}, last by salience).
     * The notices ({@link #noticeWhen}) read the list the person sees, not every proposal.
     */
    public void rank(RuleContext rule) {
        ranked = rankNow();
    }

    /** The offers shown, as {@link #rank} left them; ranked now when no rule ranked them (no session ran it). */
    public List<RankedOffer> ranking() {
        return ranked != null ? ranked : rankNow();
    }

    private List<RankedOffer> rankNow() {
        applyTests();
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.excludedBy == null) {
                entry.total = entry.points() - distanceCost(entry.proposal.getOffer());
                kept.add(entry);
            }
        }
        kept.sort(Comparator.comparingInt((Entry e) -> -e.total)
                .thenComparingDouble(e -> distanceOrMax(e.proposal.getOffer()))
                .thenComparing(e -> e.proposal.getId()));
        applyOrder(kept);
        List<Entry> shown = cut(kept, protectedEntries(kept));
        raiseToTheirRank(shown);
        List<RankedOffer> result = new ArrayList<>(shown.size());
        for (Entry entry : shown) {
            result.add(ranked(entry, result.size() + 1));
        }
        applyNotices(result);
        return result;
    }

    /**
     * Applies the rules' tests to every proposal, excluded ones included (as a join on proposal facts did):
     * exclusions first, then points, top ranks and orders. Tests apply in the order the rules fired.
     */
    private void applyTests() {
        OfferList proposed = null;
        for (OfferTest test : tests.values()) {
            if (test instanceof OfferTest.AboutProposals about) {
                if (proposed == null) {
                    List<OfferCandidate> list = new ArrayList<>(entries.size());
                    entries.values().forEach(e -> list.add(e.proposal.getOffer()));
                    proposed = new OfferList(list);
                }
                if (about.proposed().test(proposed)) {
                    applied.add(about.rule().getName());
                }
            }
        }
        for (OfferTest test : tests.values()) {
            if (test instanceof OfferTest.Exclude exclude) {
                String id = RuleMeta.id(exclude.rule());
                for (Entry entry : entries.values()) {
                    if (exclude.test().test(entry.proposal.getOffer())) {
                        if (entry.excludedBy == null) {
                            entry.excludedBy = id;
                        }
                        applied.add(exclude.rule().getName());
                    }
                }
            }
        }
        for (OfferTest test : tests.values()) {
            if (test instanceof OfferTest.Score score) {
                scoreAll(score.rule(), score.test());
            } else if (test instanceof OfferTest.ScoreIfNone ifNone) {
                if (entries.values().stream().noneMatch(e -> ifNone.none().test(e.proposal.getOffer()))) {
                    scoreAll(ifNone.rule(), ifNone.test());
                }
            } else if (test instanceof OfferTest.KeepInTop keep) {
                String id = RuleMeta.id(keep.rule());
                for (Entry entry : entries.values()) {
                    if (keep.test().test(entry.proposal.getOffer())) {
                        topGroups.computeIfAbsent(id, k -> new TopGroup(RuleMeta.integer(keep.rule(), "rank")))
                                .ids.add(entry.proposal.getId());
                        applied.add(keep.rule().getName());
                    }
                }
            } else if (test instanceof OfferTest.KeepBefore order) {
                List<Entry> firsts = new ArrayList<>(2);
                List<Entry> seconds = new ArrayList<>(4);
                for (Entry entry : entries.values()) {
                    OfferCandidate offer = entry.proposal.getOffer();
                    if (order.first().test(offer)) {
                        firsts.add(entry);
                    }
                    if (order.second().test(offer)) {
                        seconds.add(entry);
                    }
                }
                for (Entry first : firsts) {
                    for (Entry second : seconds) {
                        if (first != second && order.pair().test(first.proposal.getOffer(), second.proposal.getOffer())) {
                            keepBefore(order.rule(), first.proposal.getId(), second.proposal.getId());
                            applied.add(order.rule().getName());
                        }
                    }
                }
            }
        }
    }

    private void scoreAll(Rule rule, Predicate<OfferCandidate> test) {
        for (Entry entry : entries.values()) {
            if (test.test(entry.proposal.getOffer())) {
                entry.add(rule);
                applied.add(rule.getName());
            }
        }
    }

    private void applyNotices(List<RankedOffer> shown) {
        OfferList offers = null;
        for (OfferTest test : tests.values()) {
            if (test instanceof OfferTest.Notice notice) {
                if (offers == null) {
                    List<OfferCandidate> list = new ArrayList<>(shown.size());
                    shown.forEach(r -> list.add(r.offer()));
                    offers = new OfferList(list);
                }
                if (notice.shown().test(offers)) {
                    applied.add(notice.rule().getName());
                }
            }
        }
    }

    /**
     * Puts each {@link #keepBefore} pair in its order when points put it the other way, moving the offer the
     * rule names (see there). The number of passes is bounded so that two contradicting pairs cannot loop.
     */
    private void applyOrder(List<Entry> kept) {
        if (before.isEmpty()) {
            return;
        }
        Map<String, Entry> byId = new LinkedHashMap<>();
        kept.forEach(e -> byId.put(e.proposal.getId(), e));
        // The pairs apply from the one whose second offer ranks last by points: an offer that waits after
        // another then never jumps ahead of one that waited before it, so the offers moved keep their order.
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            position.put(kept.get(i).proposal.getId(), i);
        }
        before.sort(Comparator.comparingInt((String[] pair) -> -position.getOrDefault(pair[1], -1))
                .thenComparingInt(pair -> position.getOrDefault(pair[0], -1)));
        for (int pass = 0; pass <= before.size(); pass++) {
            boolean moved = false;
            for (String[] pair : before) {
                Entry first = byId.get(pair[0]);
                Entry second = byId.get(pair[1]);
                if (first == null || second == null) {
                    continue;
                }
                int i = kept.indexOf(first);
                int j = kept.indexOf(second);
                if (i > j) {
                    if ("first".equals(pair[2])) {
                        kept.remove(i);
                        kept.add(j, first);
                    } else {
                        kept.remove(j);
                        kept.add(i, second);
                    }
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /**
     * The entries the cut keeps: the best of each keep-in-top rule and of the kind always shown ({@code must}),
     * then the best of each reason kept from the cut ({@code should}), which give way only when the list
     * would otherwise be longer than the limit.
     */
    private Protection protectedEntries(List<Entry> kept) {
        Protection p = new Protection();
        for (TopGroup group : topGroups.values()) {
            best(kept, group).ifPresent(e -> (group.rank == null ? p.should : p.must).add(e));
        }
        if (alwaysKept != null) {
            kept.stream().filter(e -> e.proposal.getKind() == alwaysKept).findFirst().ifPresent(p.must::add);
        }
        return p;
    }

    private static final class Protection {
        private final Set<Entry> must = new HashSet<>();
        private final Set<Entry> should = new HashSet<>();

        private boolean contains(Entry e) {
            return must.contains(e) || should.contains(e);
        }
    }

    private static java.util.Optional<Entry> best(List<Entry> ordered, TopGroup group) {
        return ordered.stream().filter(group::contains).findFirst();
    }

    /** At most {@code maxPerKind} of a kind and {@code maxOrientations} in all; protected entries stay first. */
    private List<Entry> cut(List<Entry> kept, Protection protection) {
        Map<OrientationKind, Integer> perKind = new EnumMap<>(OrientationKind.class);
        List<Entry> shown = new ArrayList<>();
        for (Entry entry : kept) {
            OrientationKind kind = entry.proposal.getKind();
            int used = perKind.getOrDefault(kind, 0);
            if (protection.contains(entry) || used < maxPerKind) {
                perKind.put(kind, used + 1);
                shown.add(entry);
            }
        }
        trim(shown, e -> !protection.contains(e));
        trim(shown, e -> !protection.must.contains(e));
        return shown;
    }

    /** Removes entries the predicate allows, from the last, until the list fits the limit. */
    private void trim(List<Entry> shown, java.util.function.Predicate<Entry> removable) {
        for (int i = shown.size() - 1; i >= 0 && shown.size() > maxOrientations; i--) {
            if (removable.test(shown.get(i))) {
                shown.remove(i);
            }
        }
    }

    /** Each keep-in-top rule's best shown entry moves up to its rank, the tightest rank first. */
    private void raiseToTheirRank(List<Entry> shown) {
        Map<Integer, List<TopGroup>> byRank = new TreeMap<>();
        topGroups.values().stream().filter(g -> g.rank != null)
                .forEach(g -> byRank.computeIfAbsent(g.rank, r -> new ArrayList<>()).add(g));
        byRank.values().forEach(groups -> groups.forEach(group -> best(shown, group).ifPresent(entry -> {
            int index = shown.indexOf(entry);
            if (index >= group.rank) {
                shown.remove(index);
                shown.add(group.rank - 1, entry);
            }
        })));
    }

    /** An entry as shown at a rank: its reasons, and the distance cost as a reason of its own. */
    private RankedOffer ranked(Entry entry, int rank) {
        List<Reason> reasons = entry.shownReasons();
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

    private static final class TopGroup {
        /** The rank its best proposal must reach; null for a group only kept from the cut. */
        private final Integer rank;
        private final Set<String> ids = new HashSet<>();
        /** Proposals with a reason from one of these rules belong to the group too. */
        private final Set<String> rules = new HashSet<>();

        private boolean contains(Entry entry) {
            if (ids.contains(entry.proposal.getId())) {
                return true;
            }
            for (Reason reason : entry.reasons) {
                if (rules.contains(reason.rule())) {
                    return true;
                }
            }
            return false;
        }

        private TopGroup(Integer rank) {
            this.rank = rank;
        }
    }

    private static final class Entry {
        private final Proposal proposal;
        /** Reasons in the order the rules gave them; within a family only the strongest counts. */
        private final List<Reason> reasons = new ArrayList<>(4);
        private final List<String> families = new ArrayList<>(4);
        private int total;
        private String excludedBy;

        private Entry(Proposal proposal) {
            this.proposal = proposal;
        }

        /**
         * Adds the rule's points. A rule that matches the offer twice (for two of the person's publics, say)
         * gives one reason, counted once: points do not stack for one reason; a second rule of the same family
         * counts only when it gives more (see {@link #counts}).
         */
        private void add(Rule rule) {
            RuleMeta.Scoring scoring = RuleMeta.scoring(rule);
            String id = scoring.id();
            int value = scoring.points();
            String family = scoring.family();
            for (int i = 0; i < reasons.size(); i++) {
                if (reasons.get(i).rule().equals(id)) {
                    if (value > reasons.get(i).points()) {
                        reasons.set(i, new Reason(id, value));
                    }
                    return;
                }
            }
            reasons.add(new Reason(id, value));
            families.add(family);
        }

        /** The points that count: every reason, but only the strongest of each family. */
        private int points() {
            int sum = 0;
            for (int i = 0; i < reasons.size(); i++) {
                if (counts(i)) {
                    sum += reasons.get(i).points();
                }
            }
            return sum;
        }

        private List<Reason> shownReasons() {
            List<Reason> shown = new ArrayList<>(reasons.size() + 1);
            for (int i = 0; i < reasons.size(); i++) {
                if (counts(i)) {
                    shown.add(reasons.get(i));
                }
            }
            return shown;
        }

        /** A reason counts unless another reason of its family gives more (or as much, and came first). */
        private boolean counts(int i) {
            String family = families.get(i);
            if (family == null) {
                return true;
            }
            for (int j = 0; j < reasons.size(); j++) {
                if (j != i && family.equals(families.get(j))) {
                    int other = reasons.get(j).points();
                    int mine = reasons.get(i).points();
                    if (other > mine || other == mine && j < i) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
