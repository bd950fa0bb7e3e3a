package be.brussels.pan.roster.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.VenueKind;
import be.brussels.pan.roster.generator.SeedData.CommuneRow;
import be.brussels.pan.roster.generator.SeedData.SiteRow;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * Reproducible, ILLUSTRATIVE roster problems built on the seed facts: the 19 communes (population, position),
 * the 20 labelled EPN sites and the partner projects' communes. Seats, hours, animators, kits' devices and the
 * sessions are invented (the seed does not state them); the problem id says so ({@code illustrative-M-seed42}).
 *
 * <p>Demand follows commune population; session languages follow the EPN visitor study (speak fluently: French
 * 72.2 %, English 23.6 %, Arabic 15.1 %, Dutch 11.1 %, Spanish 5.7 %; Turkish 2.8 % as mother tongue); each
 * labelled EPN has one mobile kit (10,000 € of mobile equipment per labelled EPN, seed L477).
 *
 * <p>With {@code fullyAssignable}, every session is drawn together with a hidden placement that respects all
 * hard constraints given the sessions before it, so a full assignment is known to exist (returned for tests).
 */
public final class ProblemGenerator {

    /** A generated problem, and for fully assignable instances the hidden full assignment (else null). */
    public record Generated(ProblemJson problem, SolutionJson hiddenAssignment) {
    }

    private static final String[][] SLOT_TIMES = {
            {"09:00", "10:30"}, {"10:45", "12:15"}, {"13:30", "15:00"}, {"15:15", "16:45"},
            {"17:30", "19:00"}, {"19:15", "20:45"}};
    private static final String[][] SATURDAY_TIMES = {{"09:30", "11:00"}, {"11:15", "12:45"}, {"14:00", "15:30"}};

    private ProblemGenerator() {
    }

    public static ProblemJson generate(Size size, long seed) {
        return generate(size, seed, false).problem();
    }

    public static Generated generate(Size size, long seed, boolean fullyAssignable) {
        return generate(size.dimensions, seed, fullyAssignable);
    }

    public static Generated generate(Dimensions dimensions, long seed, boolean fullyAssignable) {
        return new Builder(SeedData.load(), dimensions, seed, fullyAssignable).build();
    }

    public static String problemId(Dimensions dimensions, long seed, boolean fullyAssignable) {
        return "illustrative-" + dimensions.label() + "-seed" + seed + (fullyAssignable ? "-feasible" : "");
    }

    private static final class Builder {
        private final SeedData data;
        private final Dimensions size;
        private final long seed;
        private final boolean fullyAssignable;
        private final Random random;

        private final List<CommuneJson> communes = new ArrayList<>();
        private final List<TimeslotJson> slots = new ArrayList<>();
        private final List<VenueJson> venues = new ArrayList<>();
        private final List<AnimatorJson> animators = new ArrayList<>();
        private final List<KitJson> kits = new ArrayList<>();
        private final List<SessionJson> sessions = new ArrayList<>();
        private final List<AssignmentJson> hidden = new ArrayList<>();
        private final Map<String, CommuneRow> communeByNis = new HashMap<>();
        private final Map<String, VenueJson> venueById = new HashMap<>();

        Builder(SeedData data, Dimensions size, long seed, boolean fullyAssignable) {
            this.data = data;
            this.size = size;
            this.seed = seed;
            this.fullyAssignable = fullyAssignable;
            this.random = new Random(seed);
        }

        Generated build() {
            data.communes().forEach(c -> {
                communes.add(new CommuneJson(c.nis(), c.name(), c.lat(), c.lon()));
                communeByNis.put(c.nis(), c);
            });
            timeslots();
            venues();
            kits();
            animators();
            SessionDrawer drawer = new SessionDrawer(random);
            HiddenPlacer placer = new HiddenPlacer(random, communeByNis, venues, animators, kits);
            Weighted<String> demand = Weighted.of(data.communes().stream().map(CommuneRow::nis).toList(),
                    data.communes().stream().mapToDouble(CommuneRow::population).toArray());
            for (int i = 1; i <= size.sessions(); i++) {
                session(String.format(Locale.ROOT, "s-%04d", i), demand, drawer, placer);
            }
            ProblemJson problem = new ProblemJson(problemId(size, seed, fullyAssignable), communes, slots, venues,
                    animators, kits, sessions);
            SolutionJson hiddenSolution = fullyAssignable
                    ? new SolutionJson(problem.id(), null, List.copyOf(hidden), List.<UnassignedJson>of())
                    : null;
            return new Generated(problem, hiddenSolution);
        }

        private void timeslots() {
            for (Day day : Day.values()) {
                String[][] times = day == Day.SATURDAY ? SATURDAY_TIMES : SLOT_TIMES;
                for (int i = 0; i < times.length; i++) {
                    slots.add(new TimeslotJson(day.name().substring(0, 3) + "-" + (i + 1), day, times[i][0],
                            times[i][1]));
                }
            }
        }

        private void venues() {
            List<SiteRow> epns = data.epns();
            Set<Integer> startDigital = new HashSet<>();
            while (startDigital.size() < 8) { // illustrative: which EPNs host Start Digital is not in the seed
                startDigital.add(random.nextInt(epns.size()));
            }
            for (int i = 0; i < epns.size(); i++) {
                SiteRow e = epns.get(i);
                addVenue(new VenueJson(siteId("epn", e.sourceId()), e.name(), VenueKind.EPN, e.nis(),
                        e.mobile() ? 6 : 8 + random.nextInt(13), random.nextDouble() < 0.3 ? 2 : 1,
                        random.nextDouble() < 0.7, startDigital.contains(i), open(0.85, 0.4, 0.5)));
            }
            for (SiteRow p : data.partners()) {
                boolean employmentHouse = p.sourceId().startsWith("MDE");
                addVenue(new VenueJson(siteId("site", p.sourceId()), p.name(), VenueKind.PARTNER_SITE, p.nis(),
                        4 + random.nextInt(9), 1, random.nextDouble() < 0.5, employmentHouse,
                        open(0.7, 0.3, 0.2)));
            }
            for (CommuneRow c : data.communes()) {
                boolean hasVenue = venues.stream().anyMatch(v -> v.commune().equals(c.nis()));
                int extra = (hasVenue ? 0 : 1) + size.extraSitesPerCommune();
                for (int k = 1; k <= extra; k++) {
                    addVenue(new VenueJson("site-community-" + c.nis() + "-" + k,
                            "Community site " + k + " in " + c.name() + " (illustrative)", VenueKind.PARTNER_SITE,
                            c.nis(), 6 + random.nextInt(7), 1, random.nextDouble() < 0.6, false,
                            open(0.75, 0.35, 0.3)));
                }
            }
        }

        private void addVenue(VenueJson v) {
            venues.add(v);
            venueById.put(v.id(), v);
        }

        /** "epn" + EPN07 gives epn-07, "site" + DB12 gives site-db12, "kit" + EPN07 gives kit-epn07. */
        private static String siteId(String prefix, String sourceId) {
            String id = sourceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return prefix + "-" + (id.startsWith(prefix) ? id.substring(prefix.length()) : id);
        }

        private List<String> open(double day, double evening, double saturday) {
            List<String> open = new ArrayList<>();
            for (TimeslotJson t : slots) {
                double p = t.day() == Day.SATURDAY ? saturday : t.start().compareTo("17:00") >= 0 ? evening : day;
                if (random.nextDouble() < p) {
                    open.add(t.id());
                }
            }
            return open;
        }

        private void kits() {
            Set<Integer> braille = new HashSet<>();
            while (braille.size() < 5) {
                braille.add(random.nextInt(data.epns().size()));
            }
            for (int i = 0; i < data.epns().size(); i++) {
                SiteRow e = data.epns().get(i);
                kits.add(new KitJson(siteId("kit", e.sourceId()),
                        "Mobile kit of " + e.name() + " (10,000 EUR grant, seed L477; contents illustrative)",
                        siteId("epn", e.sourceId()), 8 + random.nextInt(5), braille.contains(i)));
            }
        }

        private void animators() {
            Weighted<String> home = Weighted.of(data.communes().stream().map(CommuneRow::nis).toList(),
                    data.communes().stream().mapToDouble(CommuneRow::population).toArray());
            for (int i = 1; i <= size.animators(); i++) {
                List<String> languages = new ArrayList<>();
                for (int l = 0; l < SessionDrawer.LANGUAGES.size(); l++) {
                    if (random.nextDouble() < SessionDrawer.ANIMATOR_LANGUAGE_P[l]) {
                        languages.add(SessionDrawer.LANGUAGES.get(l));
                    }
                }
                if (languages.isEmpty()) {
                    languages.add("fr");
                }
                List<Skill> skills = new ArrayList<>();
                double[] p = {0.35, 0.7, 0.4, 0.4, 0.4, 0.25, 0.35, 0.35};
                for (Skill skill : Skill.values()) {
                    if (random.nextDouble() < p[skill.ordinal()]) {
                        skills.add(skill);
                    }
                }
                animators.add(new AnimatorJson(String.format(Locale.ROOT, "anim-%03d", i),
                        "Animator " + i + " (illustrative)", home.draw(random), languages, skills,
                        6 + random.nextInt(5), open(0.7, 0.35, 0.3)));
            }
        }

        /** Draws a session; in fully-assignable mode redraws until it has a hidden feasible placement. */
        private void session(String id, Weighted<String> demand, SessionDrawer drawer, HiddenPlacer placer) {
            for (int attempt = 0; attempt < 40; attempt++) {
                SessionJson s = drawer.draw(id, demand.draw(random), attempt >= 30);
                if (!fullyAssignable) {
                    sessions.add(s);
                    return;
                }
                AssignmentJson placement = placer.place(s);
                if (placement != null) {
                    sessions.add(s);
                    hidden.add(placement);
                    return;
                }
            }
            throw new IllegalArgumentException("cannot build a fully assignable instance of " + size.sessions()
                    + " sessions: venues, animators or kits are exhausted at session " + id + "; use fewer sessions");
        }

    }
}
