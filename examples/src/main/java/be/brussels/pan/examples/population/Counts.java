package be.brussels.pan.examples.population;

import java.util.EnumMap;
import java.util.Map;

/** The changes counted over some people (all, a target group, a commune). */
public final class Counts {

    private int people;
    private int changedAny;
    private final EnumMap<Change, Integer> changed = new EnumMap<>(Change.class);
    private int joined;
    private int left;

    void add(Map<Change, Boolean> changes) {
        people++;
        boolean any = false;
        for (Change change : Change.values()) {
            if (changes.get(change)) {
                changed.merge(change, 1, Integer::sum);
                any = true;
            }
        }
        if (any) {
            changedAny++;
        }
    }

    void joined() {
        joined++;
    }

    void left() {
        left++;
    }

    public int people() {
        return people;
    }

    /** People with at least one change. */
    public int changedAny() {
        return changedAny;
    }

    public int changed(Change change) {
        return changed.getOrDefault(change, 0);
    }

    /** For a target group: people in it after the change and not before. */
    public int joinedCount() {
        return joined;
    }

    /** For a target group: people in it before the change and not after. */
    public int leftCount() {
        return left;
    }
}
