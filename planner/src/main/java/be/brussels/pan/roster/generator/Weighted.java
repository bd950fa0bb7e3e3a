package be.brussels.pan.roster.generator;

import java.util.List;
import java.util.Random;

/** Draws one of several values with given (not necessarily normalised) weights. */
record Weighted<T>(List<T> values, double[] weights, double total) {

    static <T> Weighted<T> of(List<T> values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return new Weighted<>(List.copyOf(values), weights.clone(), total);
    }

    T draw(Random random) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
