package be.brussels.pan.rules.geo;

import java.util.List;

/** One of the 19 communes of the Brussels-Capital Region: NIS code, names, postcodes and reference point. */
public record Commune(String code, String nameFr, String nameNl, List<String> postcodes, int population,
                      double lat, double lon) {

    /** The name in the requested language: Dutch for nl, French otherwise. */
    public String name(String locale) {
        return "nl".equals(locale) ? nameNl : nameFr;
    }

    /** The commune's reference point (a geocoded postcode point, not a polygon centroid). */
    public Point point() {
        return new Point(lat, lon);
    }
}
