package be.brussels.pan.rules.geo;

/** A place in degrees. Distances between places are great-circle kilometres rounded to 0.1 km. */
public record Point(double lat, double lon) {

    public double kmTo(Point other) {
        return Math.round(Communes.distanceKm(lat, lon, other.lat, other.lon) * 10) / 10.0;
    }
}
