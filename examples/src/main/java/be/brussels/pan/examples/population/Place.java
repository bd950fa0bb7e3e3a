package be.brussels.pan.examples.population;

import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import java.util.Comparator;

/**
 * Where a person lives, as the diff breaks changes down: one of the 19 communes (by the engine's postcode
 * table), outside the region, or unknown. Sorted by NIS code, then outside, then unknown.
 */
public record Place(String name, String nis) implements Comparable<Place> {

    public static final Place OUTSIDE = new Place("outside the region", "");
    public static final Place UNKNOWN = new Place("postcode unknown", "");

    private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::rank).thenComparing(Place::nis)
            .thenComparing(Place::name);

    public static Place of(String postcode) {
        if (postcode == null) {
            return UNKNOWN;
        }
        return Communes.brussels().byPostcode(postcode).map(Place::of).orElse(OUTSIDE);
    }

    static Place of(Commune commune) {
        return new Place(commune.nameFr(), commune.code());
    }

    private int rank() {
        return this.equals(UNKNOWN) ? 2 : this.equals(OUTSIDE) ? 1 : 0;
    }

    @Override
    public int compareTo(Place other) {
        return ORDER.compare(this, other);
    }
}
