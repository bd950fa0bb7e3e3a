package be.brussels.pan.examples.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * From → to counts of one outcome (level, urgency, persona). The rows and columns are the contract's values
 * in the contract's order, always all of them, so that two reports line up; a value the contract does not
 * know (a newer rule base) comes after them, sorted.
 */
public final class Transitions {

    private final List<String> known;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final TreeSet<String> others = new TreeSet<>();

    Transitions(List<String> known) {
        this.known = List.copyOf(known);
    }

    void add(String from, String to) {
        counts.computeIfAbsent(from, f -> new HashMap<>()).merge(to, 1, Integer::sum);
        for (String value : List.of(from, to)) {
            if (!known.contains(value)) {
                others.add(value);
            }
        }
    }

    public int count(String from, String to) {
        return counts.getOrDefault(from, Map.of()).getOrDefault(to, 0);
    }

    public List<String> values() {
        List<String> values = new ArrayList<>(known);
        values.addAll(others);
        return values;
    }
}
