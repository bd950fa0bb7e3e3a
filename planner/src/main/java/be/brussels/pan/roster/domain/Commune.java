package be.brussels.pan.roster.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * One of the 19 communes, identified by its NIS code. Identity equality on purpose: the solver joins on
 * communes millions of times per second and the instances are unique per problem.
 */
public final class Commune {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    @PlanningId
    private final String code;
    private final String name;
    private final double lat;
    private final double lon;
    /**
     * {@link #distanceHm} per other commune: S1 and S2 ask for it at every score calculation, and the haversine's
     * trigonometry was a visible share of the solver's time. Keys by identity (no equals); concurrent because the
     * service may read one problem's communes from several threads (a solve and an explanation).
     */
    private final java.util.Map<Commune, Long> hectometres = new java.util.concurrent.ConcurrentHashMap<>();

    public Commune(String code, String name, double lat, double lon) {
        this.code = code;
        this.name = name;
        this.lat = lat;
        this.lon = lon;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public double getLat() { return lat; }
    public double getLon() { return lon; }

    /** Great-circle (haversine) distance in kilometres, as the contract asks for S1/S2. */
    public double distanceKm(Commune other) {
        if (other == this) {
            return 0.0;
        }
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** Distance in hectometres (0.1 km), the integer unit of the S1/S2 soft penalties. */
    public long distanceHm(Commune other) {
        Long known = hectometres.get(other);
        if (known != null) {
            return known;
        }
        long hm = Math.round(distanceKm(other) * 10.0);
        hectometres.put(other, hm);
        return hm;
    }

    @Override
    public String toString() { return code; }
}
