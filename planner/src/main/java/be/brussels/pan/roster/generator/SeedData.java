package be.brussels.pan.roster.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The facts the generator builds on, read from the CSV copies bundled in the jar. */
public record SeedData(List<CommuneRow> communes, List<SiteRow> epns, List<SiteRow> partners) {

    public record CommuneRow(String nis, String name, int population, double lat, double lon) {
    }

    /** A labelled EPN or a partner project's site; {@code nis} is its commune. */
    public record SiteRow(String sourceId, String name, String nis, boolean mobile, String publics) {
    }

    private static final String BASE = "/be/brussels/pan/roster/data/";

    public static SeedData load() {
        List<CommuneRow> communes = new ArrayList<>();
        Map<String, String> nisByName = new HashMap<>();
        for (CSVRecord r : read("communes.csv")) {
            communes.add(new CommuneRow(r.get("nis_code"), r.get("name_fr"), Integer.parseInt(r.get("population")),
                    Double.parseDouble(r.get("lat_approx")), Double.parseDouble(r.get("lon_approx"))));
            nisByName.put(r.get("name_fr"), r.get("nis_code"));
        }
        List<SiteRow> epns = new ArrayList<>();
        for (CSVRecord r : read("epn.csv")) {
            epns.add(new SiteRow(r.get("epn_id"), r.get("name_in_label_list_seed"),
                    nisByName.get(r.get("commune_official_fr")), "yes".equals(r.get("is_mobile")), ""));
        }
        List<SiteRow> partners = new ArrayList<>();
        for (CSVRecord r : read("partners.csv")) {
            String nis = nisByName.get(r.get("commune_official_fr"));
            if (nis != null) { // refurbished-IT donors have no site in a commune
                partners.add(new SiteRow(r.get("id"), r.get("organisation"), nis,
                        r.get("mode_derived").startsWith("mobile"), r.get("target_publics_derived")));
            }
        }
        return new SeedData(communes, epns, partners);
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = SeedData.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
