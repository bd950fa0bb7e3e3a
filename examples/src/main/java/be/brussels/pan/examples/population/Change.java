package be.brussels.pan.examples.population;

import java.util.List;
import java.util.function.Function;

/** The outcomes the diff counts, each with how it reads the outcome of a person and how it shows it. */
public enum Change {
    PERSONA("persona", Outcome::persona),
    URGENCY("urgency", Outcome::urgency),
    LEVEL("fragility level", Outcome::level),
    TOP_1("top-1 offer", Outcome::top1),
    TOP_3_SET("top-3 offers, as a set", Outcome::top3Set),
    /** Any difference of the ordered list, so it counts every set change too, and also a mere new order. */
    TOP_3_ORDER("top-3 offers, in order", Outcome::top3),
    START_DIGITAL("Start Digital proposed", Outcome::startDigital),
    TARGET_GROUPS("target groups", Outcome::targetGroups);

    private final String label;
    private final Function<Outcome, Object> value;

    Change(String label, Function<Outcome, Object> value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public boolean between(Outcome before, Outcome after) {
        return !java.util.Objects.equals(value.apply(before), value.apply(after));
    }

    /** The value as an example shows it. */
    public String show(Outcome outcome) {
        Object shown = value.apply(outcome);
        if (shown == null) {
            return "none";
        }
        if (shown instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (shown instanceof List<?> list) {
            return list.isEmpty() ? "none" : String.join(this == TOP_3_ORDER ? " > " : ", ",
                    list.stream().map(String::valueOf).toList());
        }
        return shown.toString();
    }
}
