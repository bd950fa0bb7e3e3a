package be.brussels.pan.service.diagnosis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of the diagnoses stored in a period ({@link DiagnosisStore#counts}), by every dimension the statistics
 * publish, before any suppression: the stored rows and what the retention job kept of the rows it removed
 * (issue 15). Keys are the stored names, sorted. Each diagnosis counts once in
 * {@code byCommune}, {@code byPersona}, {@code byLevel} and {@code byChannel} (each adds up to {@code total}), and
 * once per target group it is in (none, one or several) in {@code byTargetGroup}. The two cross-tables count
 * the fragility levels by commune and by target group ({@code row → level → count}), listing only the cells with
 * at least one diagnosis. {@code combinations} are the rows they were added up from (issue 15: the statistics
 * protect the one-way tables against each other, which needs their cross-counts, such as communes by persona).
 */
public record DiagnosisCounts(long total, SortedMap<String, Long> byCommune, SortedMap<String, Long> byPersona,
                              SortedMap<String, Long> byTargetGroup, SortedMap<String, Long> byLevel,
                              SortedMap<String, Long> byChannel,
                              SortedMap<String, SortedMap<String, Long>> levelByCommune,
                              SortedMap<String, SortedMap<String, Long>> levelByTargetGroup,
                              List<Combination> combinations) {

    /** The commune key of the diagnoses without a Brussels commune. */
    public static final String NO_COMMUNE = "UNKNOWN";

    /**
     * How many diagnoses share a commune ({@link #NO_COMMUNE} if none), persona, target groups (in the response's
     * order), fragility level and channel.
     */
    public record Combination(String commune, String persona, List<String> targetGroups, String level, String channel,
                              long diagnoses) {

        public Combination {
            targetGroups = List.copyOf(targetGroups);
        }
    }

    /** The counts of these combinations (each diagnosis in exactly one). */
    public static DiagnosisCounts of(List<Combination> combinations) {
        Tally tally = new Tally();
        combinations.forEach(c -> tally.add(NO_COMMUNE.equals(c.commune()) ? null : c.commune(), c.persona(),
                c.targetGroups(), c.level(), c.channel(), c.diagnoses()));
        return tally.counts();
    }

    /** Adds up the rows of the store's query, each a combination of values and how many diagnoses have it. */
    static final class Tally {
        private final SortedMap<String, Long> communes = new TreeMap<>();
        private final SortedMap<String, Long> personae = new TreeMap<>();
        private final SortedMap<String, Long> groups = new TreeMap<>();
        private final SortedMap<String, Long> levels = new TreeMap<>();
        private final SortedMap<String, Long> channels = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> communeLevels = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> groupLevels = new TreeMap<>();
        private final List<Combination> combinations = new ArrayList<>();
        private long total;

        void add(String commune, String persona, List<String> targetGroups, String level, String channel, long n) {
            total += n;
            String communeKey = commune == null ? NO_COMMUNE : commune;
            combinations.add(new Combination(communeKey, persona, targetGroups, level, channel, n));
            communes.merge(communeKey, n, Long::sum);
            communeLevels.computeIfAbsent(communeKey, k -> new TreeMap<>()).merge(level, n, Long::sum);
            personae.merge(persona, n, Long::sum);
            levels.merge(level, n, Long::sum);
            channels.merge(channel, n, Long::sum);
            for (String group : targetGroups) {
                groups.merge(group, n, Long::sum);
                groupLevels.computeIfAbsent(group, k -> new TreeMap<>()).merge(level, n, Long::sum);
            }
        }

        DiagnosisCounts counts() {
            return new DiagnosisCounts(total, frozen(communes), frozen(personae), frozen(groups), frozen(levels),
                    frozen(channels), frozenTable(communeLevels), frozenTable(groupLevels), List.copyOf(combinations));
        }

        private static SortedMap<String, Long> frozen(SortedMap<String, Long> counts) {
            return Collections.unmodifiableSortedMap(counts);
        }

        private static SortedMap<String, SortedMap<String, Long>> frozenTable(SortedMap<String, SortedMap<String, Long>> table) {
            table.replaceAll((row, cells) -> frozen(cells));
            return Collections.unmodifiableSortedMap(table);
        }
    }
}
