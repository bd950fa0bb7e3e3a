package be.brussels.pan.rules.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 19 communes, read from the data sheet shipped in the JAR (a copy of shared/data/communes.csv), with
 * the postcode to commune map and great-circle distances between commune points.
 */
public final class Communes {

    private static final String RESOURCE = "/be/brussels/pan/rules/geo/communes.csv";
    private static final Pattern POSTCODE = Pattern.compile("^\\s*(\\d{4}(?:;\\d{4})*)");
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final Communes DEFAULT = load();

    private final Map<String, Commune> byCode;
    private final Map<String, Commune> byPostcode;

    private Communes(List<Commune> communes) {
        Map<String, Commune> codes = new LinkedHashMap<>();
        Map<String, Commune> postcodes = new HashMap<>();
        for (Commune commune : communes) {
            codes.put(commune.code(), commune);
            for (String postcode : commune.postcodes()) {
                postcodes.putIfAbsent(postcode, commune);
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byPostcode = Map.copyOf(postcodes);
        this.ordered = List.copyOf(codes.values());
    }

    private final List<Commune> ordered;

    public static Communes brussels() {
        return DEFAULT;
    }

    public Collection<Commune> all() {
        return ordered;
    }

    public Optional<Commune> byCode(String nisCode) {
        return Optional.ofNullable(nisCode == null ? null : byCode.get(nisCode));
    }

    /** The commune of a Brussels postcode; empty for a postcode outside the region. */
    public Optional<Commune> byPostcode(String postcode) {
        return Optional.ofNullable(postcode == null ? null : byPostcode.get(postcode));
    }

    /**
     * Where a catalogue structure is: its own coordinates when it has them, else its commune's point. Empty
     * only for a commune code outside the region, which a validated catalogue never has.
     */
    public Optional<Point> pointOf(be.brussels.pan.contract.catalog.Structure structure) {
        if (structure.lat() != null && structure.lon() != null) {
            return Optional.of(new Point(structure.lat(), structure.lon()));
        }
        return byCode(structure.communeCode()).map(Commune::point);
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    private static Communes load() {
        try (InputStream in = Communes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<List<String>> rows = Csv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            List<String> header = rows.get(0);
            int code = header.indexOf("nis_code");
            int fr = header.indexOf("name_fr");
            int nl = header.indexOf("name_nl");
            int postcodes = header.indexOf("postcodes");
            int population = header.indexOf("population");
            int lat = header.indexOf("lat_approx");
            int lon = header.indexOf("lon_approx");
            List<Commune> communes = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() < header.size()) {
                    continue;
                }
                communes.add(new Commune(row.get(code), shortName(row.get(fr)), shortName(row.get(nl)),
                        postcodes(row.get(postcodes)), Integer.parseInt(row.get(population)),
                        Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon))));
            }
            return new Communes(communes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Bruxelles (Ville de Bruxelles)" reads "Bruxelles" in an address line. */
    private static String shortName(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    /** The leading list of postcodes; the notes in parentheses (shared postcodes) are not the commune's own. */
    private static List<String> postcodes(String cell) {
        Matcher m = POSTCODE.matcher(cell);
        return m.find() ? List.of(m.group(1).split(";")) : List.of();
    }
}
