package be.brussels.pan.rules.cases;

import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.rules.orientation.RankedOffer;
import be.brussels.pan.rules.orientation.Reason;
import be.brussels.pan.rules.run.Evaluation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what the rules concluded with what a case expects, and lists every difference (not only the
 * first), each naming the expectation: a failing case then says all it got wrong at once.
 */
public final class CaseCheck {

    private final Set<String> ruleIds;
    private final Set<String> offerIds;

    /** The rule ids and offer ids that exist: a case naming another is wrong, whatever the rules did. */
    public CaseCheck(Set<String> ruleIds, Set<String> offerIds) {
        this.ruleIds = Set.copyOf(ruleIds);
        this.offerIds = Set.copyOf(offerIds);
    }

    /** What is wrong with the case itself: no why, no expectation, an id that names nothing. */
    public List<String> problems(RuleCase rule) {
        List<String> problems = new ArrayList<>();
        if (rule.name() == null || rule.name().isBlank()) {
            problems.add("name is required");
        }
        if (rule.why() == null || rule.why().isBlank()) {
            problems.add("why is required: the line of the rule's @source the case checks");
        }
        RuleCase.Expect e = rule.expect();
        if (e == null || (e.rules() == null && e.dimensions() == null && e.score() == null && e.level() == null
                && e.digcomp() == null && e.persona() == null && e.notPersonae() == null && e.urgency() == null
                && e.targetGroups() == null && e.offers() == null)) {
            problems.add("expect states nothing: a case checks at least one conclusion");
            return problems;
        }
        for (String id : namedRules(e)) {
            if (!ruleIds.contains(id)) {
                problems.add("unknown rule id '" + id + "'");
            }
        }
        for (String id : namedOffers(e)) {
            if (!offerIds.contains(id)) {
                problems.add("unknown offer id '" + id + "' (not a service of the catalogue)");
            }
        }
        if (e.offers() != null && e.offers().shown() != null) {
            for (RuleCase.Shown shown : e.offers().shown()) {
                if (shown.rank() == null && shown.withinRank() == null && shown.kind() == null && shown.points() == null
                        && shown.reasons() == null && shown.notReasons() == null && shown.nextSessions() == null) {
                    problems.add("offers.shown " + shown.id() + " states nothing but the id: list it under offers.includes");
                }
            }
        }
        return problems;
    }

    /** The rule ids a case names as having fired or given points: the ids it covers. */
    public static Set<String> coveredRules(RuleCase rule) {
        Set<String> ids = new TreeSet<>();
        RuleCase.Expect e = rule.expect();
        if (e == null) {
            return ids;
        }
        if (e.rules() != null) {
            addAll(ids, e.rules().exactly());
            addAll(ids, e.rules().includes());
        }
        if (e.offers() != null && e.offers().shown() != null) {
            for (RuleCase.Shown shown : e.offers().shown()) {
                if (shown.reasons() != null) {
                    ids.addAll(shown.reasons().keySet());
                }
            }
        }
        return ids;
    }

    /** Every difference between the expectation and the evaluation; empty when the case passes. */
    public List<String> mismatches(RuleCase.Expect e, Evaluation ev) {
        List<String> out = new ArrayList<>();
        List<String> fired = ev.firedIds();
        if (e.rules() != null) {
            RuleCase.Fired r = e.rules();
            if (r.exactly() != null) {
                Set<String> missing = new TreeSet<>(r.exactly());
                missing.removeAll(fired);
                Set<String> extra = new TreeSet<>(fired);
                extra.removeAll(r.exactly());
                if (!missing.isEmpty()) {
                    out.add("rules.exactly: did not fire " + missing);
                }
                if (!extra.isEmpty()) {
                    out.add("rules.exactly: fired too " + extra);
                }
            }
            for (String id : nonNull(r.includes())) {
                if (!fired.contains(id)) {
                    out.add("rules.includes: " + id + " did not fire");
                }
            }
            for (String id : nonNull(r.excludes())) {
                if (fired.contains(id)) {
                    out.add("rules.excludes: " + id + " fired");
                }
            }
        }
        if (e.dimensions() != null) {
            compare(out, "dimensions.access", e.dimensions().access(), ev.score().getAccess());
            compare(out, "dimensions.skills", e.dimensions().skills(), ev.score().getSkills());
            compare(out, "dimensions.attitude", e.dimensions().attitude(), ev.score().getAttitude());
        }
        compare(out, "score", e.score(), ev.score().getScore());
        compare(out, "level", e.level(), ev.level());
        compare(out, "digcomp", e.digcomp(), ev.digcomp());
        compare(out, "persona", e.persona(), ev.persona().getCode());
        for (PersonaCode ruledOut : nonNull(e.notPersonae())) {
            if (ev.persona().getMatches().stream().anyMatch(m -> m.getCode() == ruledOut)) {
                out.add("notPersonae: " + ruledOut + (ev.persona().getCode() == ruledOut ? " is the persona"
                        : " is among the alternatives"));
            }
        }
        compare(out, "urgency", e.urgency(), ev.urgency());
        if (e.targetGroups() != null) {
            Set<?> expected = e.targetGroups().isEmpty() ? Set.of() : EnumSet.copyOf(e.targetGroups());
            if (!expected.equals(Set.copyOf(ev.targetGroups()))) {
                out.add("targetGroups: expected " + expected + " but was " + ev.targetGroups());
            }
        }
        if (e.offers() != null) {
            offers(out, e.offers(), ev.ranking());
        }
        return out;
    }

    private static void offers(List<String> out, RuleCase.Offers e, List<RankedOffer> ranking) {
        List<String> ids = ranking.stream().map(r -> r.offer().getId()).toList();
        if (e.ranked() != null && !e.ranked().equals(ids)) {
            out.add("offers.ranked: expected " + e.ranked() + " but was " + ids);
        }
        compare(out, "offers.count", e.count(), ranking.size());
        for (String id : nonNull(e.includes())) {
            if (!ids.contains(id)) {
                out.add("offers.includes: " + id + " is not shown");
            }
        }
        for (String id : nonNull(e.excludes())) {
            if (ids.contains(id)) {
                out.add("offers.excludes: " + id + " is shown at rank " + (ids.indexOf(id) + 1));
            }
        }
        if (e.kinds() != null) {
            e.kinds().forEach((kind, count) -> compare(out, "offers.kinds." + kind, count,
                    (int) ranking.stream().filter(r -> r.offer().getKind() == kind).count()));
        }
        for (String rule : nonNull(e.notReasons())) {
            for (RankedOffer offer : ranking) {
                Integer given = pointsBy(offer, rule);
                if (given != null) {
                    out.add("offers.notReasons: " + rule + " gave " + given + " to " + offer.offer().getId());
                }
            }
        }
        for (RuleCase.Shown shown : nonNull(e.shown())) {
            RankedOffer offer = ranking.stream().filter(r -> r.offer().getId().equals(shown.id())).findFirst().orElse(null);
            String where = "offers.shown " + shown.id();
            if (offer == null) {
                out.add(where + ": not shown");
                continue;
            }
            compare(out, where + ".rank", shown.rank(), offer.rank());
            if (shown.withinRank() != null && offer.rank() > shown.withinRank()) {
                out.add(where + ".withinRank: expected at rank " + shown.withinRank() + " or better but was at rank "
                        + offer.rank());
            }
            compare(out, where + ".kind", shown.kind(), offer.offer().getKind());
            compare(out, where + ".points", shown.points(), offer.points());
            if (shown.reasons() != null) {
                for (Map.Entry<String, Integer> reason : shown.reasons().entrySet()) {
                    Integer given = pointsBy(offer, reason.getKey());
                    if (!Objects.equals(given, reason.getValue())) {
                        out.add(where + ".reasons." + reason.getKey() + ": expected " + reason.getValue() + " but was "
                                + (given == null ? "not a reason" : given));
                    }
                }
            }
            for (String rule : nonNull(shown.notReasons())) {
                Integer given = pointsBy(offer, rule);
                if (given != null) {
                    out.add(where + ".notReasons: " + rule + " gave it " + given);
                }
            }
            if (shown.nextSessions() != null) {
                compare(out, where + ".nextSessions", shown.nextSessions(),
                        offer.nextSessions().stream().map(be.brussels.pan.contract.seats.UpcomingSession::id).toList());
            }
        }
    }

    /** What the case saw, to print under its mismatches. */
    public static String describe(Evaluation ev) {
        StringBuilder sb = new StringBuilder();
        sb.append("  fired: ").append(ev.firedIds()).append('\n');
        sb.append("  dimensions: access ").append(ev.score().getAccess()).append(", skills ").append(ev.score().getSkills())
                .append(", attitude ").append(ev.score().getAttitude()).append("; score ").append(ev.score().getScore())
                .append(", level ").append(ev.level()).append(", digcomp ").append(ev.digcomp())
                .append(", persona ").append(ev.persona().getCode()).append(" (of ").append(ev.persona().getMatches().stream()
                        .map(m -> m.getCode().name()).toList()).append("), urgency ").append(ev.urgency())
                .append(", targetGroups ").append(ev.targetGroups()).append('\n');
        sb.append("  ranking:");
        for (RankedOffer r : ev.ranking()) {
            sb.append("\n    ").append(r.rank()).append(". ").append(r.offer().getId()).append(" (")
                    .append(r.offer().getKind()).append(") ").append(r.points()).append(' ');
            List<String> reasons = new ArrayList<>();
            for (Reason reason : r.reasons()) {
                reasons.add(reason.rule() + " " + reason.points());
            }
            sb.append(reasons);
            if (!r.nextSessions().isEmpty()) {
                sb.append(" next sessions ").append(r.nextSessions().stream()
                        .map(be.brussels.pan.contract.seats.UpcomingSession::id).toList());
            }
        }
        return sb.toString();
    }

    private static Integer pointsBy(RankedOffer offer, String rule) {
        for (Reason reason : offer.reasons()) {
            if (reason.rule().equals(rule)) {
                return reason.points();
            }
        }
        return null;
    }

    private static void compare(List<String> out, String what, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            out.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static Set<String> namedRules(RuleCase.Expect e) {
        Set<String> ids = new LinkedHashSet<>();
        if (e.rules() != null) {
            addAll(ids, e.rules().exactly());
            addAll(ids, e.rules().includes());
            addAll(ids, e.rules().excludes());
        }
        if (e.offers() != null) {
            addAll(ids, e.offers().notReasons());
            for (RuleCase.Shown shown : nonNull(e.offers().shown())) {
                if (shown.reasons() != null) {
                    addAll(ids, List.copyOf(shown.reasons().keySet()));
                }
                addAll(ids, shown.notReasons());
            }
        }
        return ids;
    }

    private static Set<String> namedOffers(RuleCase.Expect e) {
        Set<String> ids = new LinkedHashSet<>();
        if (e.offers() != null) {
            addAll(ids, e.offers().ranked());
            addAll(ids, e.offers().includes());
            addAll(ids, e.offers().excludes());
            for (RuleCase.Shown shown : nonNull(e.offers().shown())) {
                ids.add(shown.id() == null ? "" : shown.id());
            }
        }
        return ids;
    }

    /** A blank item ({@code - } alone) becomes "", which no rule or offer has: it is reported, not skipped. */
    private static void addAll(Set<String> ids, List<String> list) {
        if (list != null) {
            list.forEach(id -> ids.add(id == null ? "" : id));
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
