package be.brussels.pan.examples.population;

import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a change of the rules did to a population: two runs of the same people ({@link PopulationCommand}),
 * matched by id, counted change by change, by target group and by commune, with from → to tables and a few
 * examples of each change. BEFORE is held as outcomes (a few hundred bytes a person); AFTER is streamed.
 */
public final class PopulationDiff {

    /** The row of the people in no target group, before or after. */
    public static final String NO_TARGET_GROUP = "(none)";

    private final String before;
    private final String after;
    private final int examplesPerChange;
    private final Counts all = new Counts();
    private final TreeMap<String, Counts> byTargetGroup = new TreeMap<>(PopulationDiff.orderOf(TargetGroup.values(), NO_TARGET_GROUP));
    private final TreeMap<Place, Counts> byPlace = new TreeMap<>();
    private final Transitions level = new Transitions(names(FragilityLevel.values()));
    private final Transitions urgency = new Transitions(names(Urgency.values()));
    private final Transitions persona = new Transitions(names(PersonaCode.values()));
    private int startDigitalGained;
    private int startDigitalLost;
    private final EnumMap<Change, TreeMap<Long, Example>> examples = new EnumMap<>(Change.class);
    private final Set<String> versionsBefore = new TreeSet<>();
    private final Set<String> versionsAfter = new TreeSet<>();

    private PopulationDiff(String before, String after, int examplesPerChange) {
        this.before = before;
        this.after = after;
        this.examplesPerChange = examplesPerChange;
        for (Change change : Change.values()) {
            examples.put(change, new TreeMap<>());
        }
    }

    /**
     * Compares two population files.
     *
     * @throws BadInputException for an unreadable file or line, an id twice, files of other sizes or ids, or a
     *                           person whose request differs between the files (not the same population)
     */
    public static PopulationDiff compare(String beforeFile, String afterFile, int examplesPerChange) {
        Map<Long, Outcome> before = new HashMap<>();
        PopulationFile.read(beforeFile, outcome -> {
            Outcome first = before.putIfAbsent(outcome.id(), outcome);
            if (first != null) {
                throw twice(beforeFile, outcome, first);
            }
        });
        PopulationDiff diff = new PopulationDiff(beforeFile, afterFile, examplesPerChange);
        Map<Long, Outcome> seen = new HashMap<>();
        long[] afterSize = {0};
        long[] onlyInAfter = {Long.MAX_VALUE};
        PopulationFile.read(afterFile, outcome -> {
            afterSize[0]++;
            if (seen.putIfAbsent(outcome.id(), outcome) != null) {
                throw twice(afterFile, outcome, seen.get(outcome.id()));
            }
            Outcome earlier = before.get(outcome.id());
            if (earlier == null) {
                onlyInAfter[0] = Math.min(onlyInAfter[0], outcome.id());
                return;
            }
            if (!earlier.request().equals(outcome.request())) {
                throw new BadInputException("id " + outcome.id() + ": the request differs between " + beforeFile
                        + " (line " + earlier.line() + ") and " + afterFile + " (line " + outcome.line()
                        + "); compare two runs of the same population (same --size and --seed)");
            }
            diff.add(earlier, outcome);
        });
        if (before.isEmpty()) {
            throw new BadInputException(beforeFile + " has no people");
        }
        if (before.size() != afterSize[0]) {
            throw new BadInputException("different sizes: " + beforeFile + " has " + before.size() + " people, "
                    + afterFile + " has " + afterSize[0] + "; compare two runs of the same population (same --size and --seed)");
        }
        if (onlyInAfter[0] != Long.MAX_VALUE) {
            throw new BadInputException("id " + onlyInAfter[0] + " is in " + afterFile + " but not in " + beforeFile
                    + "; compare two runs of the same population (same --size and --seed)");
        }
        return diff;
    }

    private static BadInputException twice(String file, Outcome outcome, Outcome first) {
        return new BadInputException(file + " line " + outcome.line() + ": id " + outcome.id()
                + " is already on line " + first.line());
    }

    /** Counts one person, whose request is the same in both runs. */
    void add(Outcome was, Outcome is) {
        versionsBefore.add(was.ruleBaseVersion());
        versionsAfter.add(is.ruleBaseVersion());
        Map<Change, Boolean> changes = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            boolean changed = change.between(was, is);
            changes.put(change, changed);
            if (changed) {
                keepExample(change, was, is);
            }
        }
        all.add(changes);
        Set<String> groups = new TreeSet<>(was.targetGroups());
        groups.addAll(is.targetGroups());
        if (groups.isEmpty()) {
            groups.add(NO_TARGET_GROUP);
        }
        for (String group : groups) {
            Counts counts = byTargetGroup.computeIfAbsent(group, g -> new Counts());
            counts.add(changes);
            if (!was.targetGroups().contains(group) && is.targetGroups().contains(group)) {
                counts.joined();
            } else if (was.targetGroups().contains(group) && !is.targetGroups().contains(group)) {
                counts.left();
            }
        }
        byPlace.computeIfAbsent(Place.of(was.summary().postcode()), p -> new Counts()).add(changes);
        level.add(was.level(), is.level());
        urgency.add(was.urgency(), is.urgency());
        persona.add(was.persona(), is.persona());
        if (!was.startDigital() && is.startDigital()) {
            startDigitalGained++;
        } else if (was.startDigital() && !is.startDigital()) {
            startDigitalLost++;
        }
    }

    /** Keeps the examples with the smallest ids, whatever order AFTER is in, so the report is the same. */
    private void keepExample(Change change, Outcome was, Outcome is) {
        TreeMap<Long, Example> kept = examples.get(change);
        kept.put(was.id(), new Example(was.id(), change.show(was), change.show(is), was.summary()));
        if (kept.size() > examplesPerChange) {
            kept.pollLastEntry();
        }
    }

    public String beforeFile() {
        return before;
    }

    public String afterFile() {
        return after;
    }

    public Counts all() {
        return all;
    }

    /** By target group (before or after the change), in the contract's order, then {@link #NO_TARGET_GROUP}. */
    public SortedMap<String, Counts> byTargetGroup() {
        return Collections.unmodifiableSortedMap(byTargetGroup);
    }

    /** By commune of the request's postcode. */
    public SortedMap<Place, Counts> byPlace() {
        return Collections.unmodifiableSortedMap(byPlace);
    }

    public Transitions level() {
        return level;
    }

    public Transitions urgency() {
        return urgency;
    }

    public Transitions persona() {
        return persona;
    }

    public int startDigitalGained() {
        return startDigitalGained;
    }

    public int startDigitalLost() {
        return startDigitalLost;
    }

    /** The first examples (by id) of a change. */
    public List<Example> examples(Change change) {
        return new ArrayList<>(examples.get(change).values());
    }

    public Set<String> ruleBaseVersionsBefore() {
        return Collections.unmodifiableSet(versionsBefore);
    }

    public Set<String> ruleBaseVersionsAfter() {
        return Collections.unmodifiableSet(versionsAfter);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The contract's values in its order, then any other sorted, then {@code last}. */
    private static Comparator<String> orderOf(Enum<?>[] values, String last) {
        List<String> known = names(values);
        return Comparator.<String>comparingInt(v -> v.equals(last) ? 2 : known.contains(v) ? 0 : 1)
                .thenComparingInt(known::indexOf)
                .thenComparing(Comparator.naturalOrder());
    }
}
