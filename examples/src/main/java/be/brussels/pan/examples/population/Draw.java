package be.brussels.pan.examples.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The random draws of one field of one person. Each (seed, person, field) has its own stream, so a person
 * does not depend on the population's size, and adding a field to the population changes no other field's
 * value: a population drawn before a new optional contract field still matches the one drawn after it.
 * {@link Random} rather than SplittableRandom because its sequence is specified, so the bytes are the same
 * on every JVM.
 */
public final class Draw {

    private final Random random;
    private final long id;
    private final Traits traits;

    Draw(long seed, long id, String field, Traits traits) {
        // String.hashCode is specified, so the stream of a field is the same on every JVM.
        this.random = new Random(mix(mix(mix(seed) + id) + field.hashCode()));
        this.id = id;
        this.traits = traits;
    }

    /** What the person is, drawn before any field, so that fields can agree (a retired person is old). */
    record Traits(int age, Segment segment) {
    }

    /** The person's number in the population, from 1. */
    public long id() {
        return id;
    }

    /** The person's age, known or not: the fields that depend on age read it here. */
    public int age() {
        return traits.age();
    }

    public Segment segment() {
        return traits.segment();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One value, each as likely as its weight. */
    public <T> T weighted(List<T> values, ToDoubleFunction<T> weight) {
        double total = values.stream().mapToDouble(weight).sum();
        double at = random.nextDouble() * total;
        for (T value : values) {
            at -= weight.applyAsDouble(value);
            if (at < 0) {
                return value;
            }
        }
        return values.get(values.size() - 1);
    }

    /** Each value with the given probability, in the values' order; possibly none. */
    public <T> List<T> some(T[] values, double each) {
        List<T> chosen = new ArrayList<>();
        for (T value : values) {
            if (chance(each)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    /** As {@link #some}, but at least one. */
    public <T> List<T> atLeastOne(T[] values, double each) {
        List<T> chosen = some(values, each);
        return chosen.isEmpty() ? List.of(pick(values)) : chosen;
    }

    /** SplitMix64's finaliser: neighbouring seeds and ids give unrelated streams. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
