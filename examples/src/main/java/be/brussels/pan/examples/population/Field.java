package be.brussels.pan.examples.population;

import java.util.function.Function;

/**
 * One field of the synthetic request: its contract name, how often it is given when its block is (the rest
 * of the time it is left out, which the contract reads as unknown), and how its value is drawn. The value is
 * anything Jackson writes as the contract expects: a number, a text, a boolean, an enum constant, a list.
 */
public record Field(String name, double known, Function<Draw, Object> value) {

    public Field {
        if (known < 0 || known > 1) {
            throw new IllegalArgumentException(name + ": known must be a probability, not " + known);
        }
    }

    /** A field the block always gives. */
    public static Field always(String name, Function<Draw, Object> value) {
        return new Field(name, 1.0, value);
    }

    public static Field sometimes(String name, double known, Function<Draw, Object> value) {
        return new Field(name, known, value);
    }
}
