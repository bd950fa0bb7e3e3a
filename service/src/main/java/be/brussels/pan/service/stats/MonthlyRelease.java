package be.brussels.pan.service.stats;

import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.service.diagnosis.DemandCount;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisCounts.Combination;
import be.brussels.pan.service.stats.PublishedStatistics.Cell;
import be.brussels.pan.service.stats.PublishedStatistics.CommuneLevel;
import be.brussels.pan.service.stats.PublishedStatistics.GroupLevel;
import be.brussels.pan.service.stats.PublishedStatistics.Stats;
import be.brussels.pan.service.stats.TwoWayProtection.Dimension;
import be.brussels.pan.service.stats.TwoWayProtection.Margins;
import be.brussels.pan.service.stats.TwoWayProtection.Outcome;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything published about one calendar month, computed at once so that its tables are protected against each
 * other (issue 15): the statistics ({@link Stats}) and the demand given to planners ({@link DemandGroup}).
 *
 * <ol>
 *   <li>The one-way tables (commune, persona, level, channel, and the demand's first target group: partitions of the
 *       month's diagnoses) get primary and secondary suppression ({@link SmallCellSuppression}). Target groups
 *       overlap, but each group and the people outside it partition everyone: a group is hidden when under the
 *       threshold or when fewer than the threshold are outside it.</li>
 *   <li>Every pair of those dimensions (each target group as in or out) is a two-way table whose margins are
 *       published, protected by {@link TwoWayProtection}. Three of them are published tables: level by commune,
 *       level by each target group, and the demand (first target group by commune, the people without a commune
 *       never shown by commune). The others are never published as cells but tie their totals together (a persona
 *       may go with some levels only). When a table asks for a total to be hidden, it is hidden in its one-way
 *       table and every pair is protected again (totals only get hidden, so this ends).</li>
 *   <li>The answer lists only what is shown: a hidden cell is absent, as an empty one is.</li>
 * </ol>
 * The overrides of exclusions count referrals, not diagnoses: a partition of their own.
 * {@code docs/security/disclosure.md} gives the reasons and the limits.
 */
final class MonthlyRelease {

    /** What a month publishes. */
    record Release(Stats statistics, List<DemandGroup> demand) {
    }

    /** A release with the demand counts each of its demand groups is made of (for its tests: never published). */
    record Draft(Release release, Map<DemandGroup, List<DemandCount>> members) {
    }

    private final int threshold;
    private final SmallCellSuppression suppression;
    private final TwoWayProtection twoWay;

    MonthlyRelease(int threshold) {
        this.threshold = threshold;
        this.suppression = new SmallCellSuppression(threshold);
        this.twoWay = new TwoWayProtection(threshold);
    }

    Release publish(YearMonth month, DiagnosisCounts counts, Map<String, Long> overrides, List<DemandCount> demand,
                    ProposedKind kinds) {
        return draft(month, counts, overrides, demand, kinds).release();
    }

    Draft draft(YearMonth month, DiagnosisCounts counts, Map<String, Long> overrides, List<DemandCount> demand,
                ProposedKind kinds) {
        long total = counts.total();
        Map<String, Published> overridden = shown(suppression.partition(overrides));
        long overrideTotal = overrides.values().stream().mapToLong(Long::longValue).sum();
        Long overridesShown = overrideTotal >= threshold ? overrideTotal : null;
        if (total < threshold) {
            // Nothing about the month's diagnoses is shown, not even the total.
            return new Draft(new Release(stats(month, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), overridesShown, cells(overridden)), List.of()), Map.of());
        }
        List<Dim> dims = dimensions(counts);
        Map<String, Set<String>> forced = new TreeMap<>();
        Map<String, Set<String>> hidden;
        Map<String, Outcome> outcomes;
        do {
            hidden = hidden(counts, dims, forced);
            outcomes = protectAll(counts, dims, hidden, forced);
        } while (outcomes == null);
        Map<String, Outcome> protectedPairs = outcomes;

        Set<String> communes = hidden.get("commune");
        Set<String> levels = hidden.get("level");
        Set<String> groups = hidden.get("groups");
        Outcome byCommune = outcomes.get("commune × level");
        List<CommuneLevel> levelByCommune = new ArrayList<>();
        counts.levelByCommune().forEach((commune, row) -> row.forEach((level, count) -> {
            if (!communes.contains(commune) && !levels.contains(level)
                    && !byCommune.hidden().contains(new TwoWayProtection.Cell(commune, level))) {
                levelByCommune.add(new CommuneLevel(commune, level, count));
            }
        }));
        List<GroupLevel> levelByGroup = new ArrayList<>();
        counts.levelByTargetGroup().forEach((group, row) -> row.forEach((level, count) -> {
            if (!groups.contains(group) && !levels.contains(level)
                    && !protectedPairs.get("level × group " + group).hidden().contains(new TwoWayProtection.Cell(level, group))) {
                levelByGroup.add(new GroupLevel(group, level, count));
            }
        }));
        Stats stats = stats(month, total, shownList(counts.byCommune(), communes),
                shownList(counts.byPersona(), hidden.get("persona")), shownList(counts.byTargetGroup(), groups),
                shownList(counts.byLevel(), levels), shownList(counts.byChannel(), hidden.get("channel")), levelByCommune,
                levelByGroup, overridesShown, cells(overridden));
        Map<DemandGroup, List<DemandCount>> members = demandGroups(demand, communes, hidden.get("firstGroup"),
                outcomes.get("commune × firstGroup"), kinds);
        return new Draft(new Release(stats, List.copyOf(members.keySet())), members);
    }

    /**
     * A partition of the month's diagnoses, as the tables publish it: by commune, persona, level, channel, first
     * target group (the demand's), and, for each target group, in it or not (the groups overlap, but each one and
     * the people outside it partition everyone: the total minus a group counts those outside it).
     */
    private record Dim(String name, Function<Combination, String> key, Map<String, Long> totals) {
    }

    private static List<Dim> dimensions(DiagnosisCounts counts) {
        Map<String, Long> first = new TreeMap<>();
        counts.combinations().forEach(c -> first.merge(firstGroup(c.targetGroups()), c.diagnoses(), Long::sum));
        List<Dim> dims = new ArrayList<>(List.of(
                new Dim("commune", Combination::commune, counts.byCommune()),
                new Dim("persona", Combination::persona, counts.byPersona()),
                new Dim("level", Combination::level, counts.byLevel()),
                new Dim("channel", Combination::channel, counts.byChannel()),
                new Dim("firstGroup", c -> firstGroup(c.targetGroups()), first)));
        counts.byTargetGroup().forEach((group, in) -> dims.add(new Dim("group " + group,
                c -> c.targetGroups().contains(group) ? group : OUTSIDE + group,
                Map.of(group, in, OUTSIDE + group, counts.total() - in))));
        return dims;
    }

    /** The key of the people outside a target group, in that group's partition. */
    private static final String OUTSIDE = "not ";

    /**
     * Each dimension's hidden keys: primary and secondary suppression of its partition, with the keys the two-way
     * tables asked for ({@code forced}); a target group is hidden when under the threshold or when fewer than the
     * threshold are outside it, and the people outside it are never a key of their own (only derived).
     */
    private Map<String, Set<String>> hidden(DiagnosisCounts counts, List<Dim> dims, Map<String, Set<String>> forced) {
        Map<String, Set<String>> hidden = new TreeMap<>();
        Set<String> groups = hiddenGroups(counts, forced.getOrDefault("groups", Set.of()));
        hidden.put("groups", groups);
        for (Dim dim : dims) {
            if (dim.name.startsWith("group ")) {
                String group = dim.name.substring("group ".length());
                hidden.put(dim.name, groups.contains(group) ? Set.of(group, OUTSIDE + group) : Set.of(OUTSIDE + group));
            } else {
                hidden.put(dim.name, hiddenKeys(suppression.partition(dim.totals, forced.getOrDefault(dim.name, Set.of()))));
            }
        }
        return hidden;
    }

    /**
     * Protects every pair of dimensions under the current hidden keys ({@link TwoWayProtection}); null when one of
     * them needed a key hidden (then added to {@code forced}: protect again). Three pairs are published tables:
     * commune × level, level × each group (the group's row), and commune × first group (the demand, in which the
     * people without a commune are never shown: they go to the whole Region); the others are never published but
     * tie their totals together.
     */
    private Map<String, Outcome> protectAll(DiagnosisCounts counts, List<Dim> dims, Map<String, Set<String>> hidden,
                                            Map<String, Set<String>> forced) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            for (int j = i + 1; j < dims.size(); j++) {
                Dim rows = dims.get(i);
                Dim columns = dims.get(j);
                String name = rows.name + " × " + columns.name;
                Map<String, Map<String, Long>> cells = new TreeMap<>();
                for (Combination c : counts.combinations()) {
                    cells.computeIfAbsent(rows.key.apply(c), k -> new TreeMap<>())
                            .merge(columns.key.apply(c), c.diagnoses(), Long::sum);
                }
                boolean published = name.equals("commune × level") || name.equals("commune × firstGroup")
                        || (rows.name.equals("level") && columns.name.startsWith("group "));
                Set<TwoWayProtection.Cell> neverShown = new HashSet<>();
                if (name.equals("commune × firstGroup")) {
                    cells.getOrDefault(DiagnosisCounts.NO_COMMUNE, Map.of()).keySet()
                            .forEach(group -> neverShown.add(new TwoWayProtection.Cell(DiagnosisCounts.NO_COMMUNE, group)));
                }
                Outcome outcome = twoWay.protect(
                        new Dimension(rows.totals, hidden.get(rows.name), Margins.PARTITION),
                        new Dimension(columns.totals, hidden.get(columns.name), Margins.PARTITION),
                        cells, published, true, neverShown);
                if (!outcome.stable()) {
                    Dim dim = outcome.hideRow() != null ? rows : columns;
                    String key = outcome.hideRow() != null ? outcome.hideRow() : outcome.hideColumn();
                    forced.computeIfAbsent(dim.name.startsWith("group ") ? "groups" : dim.name, k -> new HashSet<>()).add(key);
                    return null;
                }
                outcomes.put(name, outcome);
            }
        }
        return outcomes;
    }

    /**
     * The demand's groups: each count goes to its commune and first group if that cell is shown, to its commune's
     * {@link DemandGroup#ALL_GROUPS} if the cell is hidden, to {@link DemandGroup#ALL_BRUSSELS} if the commune is
     * hidden (or unknown); each group is then split by language the same way.
     */
    private Map<DemandGroup, List<DemandCount>> demandGroups(List<DemandCount> demand, Set<String> hiddenCommunes,
                                                             Set<String> hiddenFirstGroups, Outcome outcome,
                                                             ProposedKind kinds) {
        Map<List<String>, List<DemandCount>> groups = new TreeMap<>(MonthlyRelease::compareKeys);
        for (DemandCount d : demand) {
            String commune = d.commune();
            String group = firstGroup(d);
            List<String> key;
            if (hiddenCommunes.contains(commune) || DiagnosisCounts.NO_COMMUNE.equals(commune)) {
                key = List.of(DemandGroup.ALL_BRUSSELS, DemandGroup.ALL_GROUPS);
            } else if (hiddenFirstGroups.contains(group)
                    || outcome.hidden().contains(new TwoWayProtection.Cell(commune, group))) {
                key = List.of(commune, DemandGroup.ALL_GROUPS);
            } else {
                key = List.of(commune, group);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        Map<DemandGroup, List<DemandCount>> published = new LinkedHashMap<>();
        groups.forEach((key, counts) -> byLanguage(counts).forEach((language, people) ->
                published.put(group(key.get(0), key.get(1), language, people, kinds), people)));
        return published;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

    /**
     * A group's people by the language of their sessions: a language spoken (first) by at least the threshold is
     * its own, the others are merged (secondary suppression as in any partition, so that the merged ones are at
     * least the threshold too) under the language most of them speak if at least the threshold do, else
     * {@link DemandGroup#DEFAULT_LANGUAGE}.
     */
    private Map<String, List<DemandCount>> byLanguage(List<DemandCount> counts) {
        Map<String, Long> byLanguage = new TreeMap<>();
        counts.forEach(d -> byLanguage.merge(language(d), d.diagnoses(), Long::sum));
        Set<String> hidden = hiddenKeys(suppression.partition(byLanguage));
        Map<String, Long> merged = new TreeMap<>();
        byLanguage.forEach((language, n) -> {
            if (hidden.contains(language)) {
                merged.put(language, n);
            }
        });
        String mergedLabel = largest(merged, DemandGroup.DEFAULT_LANGUAGE);
        Map<String, List<DemandCount>> split = new TreeMap<>();
        for (DemandCount d : counts) {
            String language = hidden.contains(language(d)) ? mergedLabel : language(d);
            split.computeIfAbsent(language, k -> new ArrayList<>()).add(d);
        }
        return split;
    }

    /** A group with its labels, each backed by at least the threshold of its people. */
    private DemandGroup group(String commune, String targetGroup, String language, List<DemandCount> counts,
                              ProposedKind kinds) {
        long people = counts.stream().mapToLong(DemandCount::diagnoses).sum();
        String urgency = Urgency.LOW.name();
        for (Urgency u : Urgency.values()) {
            long atLeast = counts.stream().filter(d -> urgency(d).ordinal() >= u.ordinal())
                    .mapToLong(DemandCount::diagnoses).sum();
            if (atLeast >= threshold) {
                urgency = u.name();
            }
        }
        Map<String, Long> byKind = counts.stream().collect(Collectors.groupingBy(kinds::of, TreeMap::new,
                Collectors.summingLong(DemandCount::diagnoses)));
        String kind = largest(byKind, kinds.otherwise());
        return new DemandGroup(commune, targetGroup, language, people, urgency, kind);
    }

    /** The key with the most people among those with at least the threshold (the first key on a tie), else {@code otherwise}. */
    private String largest(Map<String, Long> counts, String otherwise) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= threshold)
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.<String>reverseOrder()))
                .map(Map.Entry::getKey).orElse(otherwise);
    }

    private static Urgency urgency(DemandCount d) {
        try {
            return d.urgency() == null ? Urgency.LOW : Urgency.valueOf(d.urgency());
        } catch (IllegalArgumentException e) {
            return Urgency.LOW; // an urgency the contract no longer has counts as low, as it always did
        }
    }

    /** A person's first target group, {@link DemandGroup#ALL_GROUPS} if none. */
    static String firstGroup(DemandCount d) {
        return firstGroup(d.targetGroups());
    }

    private static String firstGroup(List<String> targetGroups) {
        return targetGroups.isEmpty() ? DemandGroup.ALL_GROUPS : targetGroups.get(0);
    }

    /** A person's first language, {@link DemandGroup#DEFAULT_LANGUAGE} if none. */
    static String language(DemandCount d) {
        return d.languages().isEmpty() ? DemandGroup.DEFAULT_LANGUAGE : d.languages().get(0).toLowerCase(Locale.ROOT);
    }

    private Stats stats(YearMonth month, Long total, List<Cell> byCommune, List<Cell> byPersona, List<Cell> byGroup,
                        List<Cell> byLevel, List<Cell> byChannel, List<CommuneLevel> levelByCommune,
                        List<GroupLevel> levelByGroup, Long overrides, List<Cell> overridesByRule) {
        return new Stats(month.toString(), month.atDay(1), month.atEndOfMonth(), threshold, total, byCommune, byPersona,
                byGroup, byLevel, byChannel, levelByCommune, levelByGroup, overrides, overridesByRule);
    }

    private record Published(long count) {
    }

    private static Map<String, Published> shown(Map<String, SmallCellSuppression.Published> published) {
        Map<String, Published> shown = new LinkedHashMap<>();
        published.forEach((key, p) -> {
            if (!p.suppressed()) {
                shown.put(key, new Published(p.count()));
            }
        });
        return shown;
    }

    private static List<Cell> cells(Map<String, Published> shown) {
        List<Cell> cells = new ArrayList<>();
        shown.forEach((key, p) -> cells.add(new Cell(key, p.count())));
        return cells;
    }

    private static List<Cell> shownList(Map<String, Long> counts, Set<String> hidden) {
        List<Cell> cells = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (!hidden.contains(key) && count > 0) {
                cells.add(new Cell(key, count));
            }
        });
        return cells;
    }

    /**
     * The target groups hidden: under the threshold, or with fewer than the threshold outside them (the total minus
     * a group counts the people not in it), or asked for by a two-way table.
     */
    private Set<String> hiddenGroups(DiagnosisCounts counts, Set<String> forced) {
        Set<String> hidden = new HashSet<>(hiddenKeys(suppression.overlapping(counts.byTargetGroup(), forced)));
        counts.byTargetGroup().forEach((group, in) -> {
            long outside = counts.total() - in;
            if (outside > 0 && outside < threshold) {
                hidden.add(group);
            }
        });
        return hidden;
    }

    private static Set<String> hiddenKeys(Map<String, SmallCellSuppression.Published> published) {
        return published.entrySet().stream().filter(e -> e.getValue().suppressed()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
