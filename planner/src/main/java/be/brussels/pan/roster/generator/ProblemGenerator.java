package be.brussels.pan.roster.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.VenueKind;
import be.brussels.pan.roster.generator.SeedData.CommuneRow;
import be.brussels.pan.roster.generator.SeedData.SiteRow;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;

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

    private static final List<String> LANGUAGES = List.of("fr", "en", "ar", "nl", "es", "tr");
    private static final double[] SESSION_LANGUAGE_WEIGHTS = {72.2, 23.6, 15.1, 11.1, 5.7, 2.8};
    /** Animators are multilingual more often than visitors; same order as LANGUAGES. */
    private static final double[] ANIMATOR_LANGUAGE_P = {0.9, 0.4, 0.25, 0.3, 0.1, 0.06};
    private static final List<String> GROUPS =
            List.of("JOB_SEEKERS", "SENIORS", "YOUTH", "PRECARIOUS", "WOMEN", "DISABILITY");
    private static final double[] GROUP_WEIGHTS = {25, 20, 15, 20, 10, 10};
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
        /** Hidden-assignment occupancy: "resource@slot" → uses, and animator → sessions. */
        private final Map<String, Integer> used = new HashMap<>();
        private final Map<String, Integer> load = new HashMap<>();

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
            Weighted<String> demand = Weighted.of(data.communes().stream().map(CommuneRow::nis).toList(),
                    data.communes().stream().mapToDouble(CommuneRow::population).toArray());
            for (int i = 1; i <= size.sessions(); i++) {
                session(String.format(Locale.ROOT, "s-%04d", i), demand);
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
                for (int l = 0; l < LANGUAGES.size(); l++) {
                    if (random.nextDouble() < ANIMATOR_LANGUAGE_P[l]) {
                        languages.add(LANGUAGES.get(l));
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
        private void session(String id, Weighted<String> demand) {
            for (int attempt = 0; attempt < 40; attempt++) {
                SessionJson s = drawSession(id, demand.draw(random), attempt >= 30);
                if (!fullyAssignable) {
                    sessions.add(s);
                    return;
                }
                AssignmentJson placement = hiddenPlacement(s);
                if (placement != null) {
                    sessions.add(s);
                    hidden.add(placement);
                    return;
                }
            }
            throw new IllegalArgumentException("cannot build a fully assignable instance of " + size.sessions()
                    + " sessions: venues, animators or kits are exhausted at session " + id + "; use fewer sessions");
        }

        private SessionJson drawSession(String id, String commune, boolean simple) {
            String group = Weighted.of(GROUPS, GROUP_WEIGHTS).draw(random);
            String language = simple ? "fr" : Weighted.of(LANGUAGES, SESSION_LANGUAGE_WEIGHTS).draw(random);
            SessionKind kind = group.equals("JOB_SEEKERS") && random.nextDouble() < 0.5 ? SessionKind.START_DIGITAL
                    : random.nextDouble() < 0.15 ? SessionKind.OUTREACH
                    : random.nextDouble() < 0.35 ? SessionKind.PERMANENCE : SessionKind.WORKSHOP;
            Set<Skill> skills = EnumSet.noneOf(Skill.class);
            if (!simple) {
                if (kind == SessionKind.START_DIGITAL) {
                    skills.add(Skill.START_DIGITAL);
                }
                if (kind == SessionKind.OUTREACH) {
                    skills.add(Skill.OUTREACH);
                }
                if (kind == SessionKind.PERMANENCE && random.nextDouble() < 0.5) {
                    skills.add(Skill.ADMIN);
                }
                if (group.equals("SENIORS") && random.nextDouble() < 0.6) {
                    skills.add(Skill.SENIORS);
                }
                if (group.equals("YOUTH") && random.nextDouble() < 0.6) {
                    skills.add(Skill.YOUTH);
                }
                if (group.equals("DISABILITY")) {
                    skills.add(Skill.DISABILITY);
                }
                if (!language.equals("fr") && !language.equals("nl") && random.nextDouble() < 0.4) {
                    skills.add(Skill.ALLOPHONE);
                }
            }
            boolean disability = group.equals("DISABILITY");
            boolean mobile = !simple && (kind == SessionKind.OUTREACH || random.nextDouble() < 0.05);
            boolean accessible = disability || (group.equals("SENIORS") && random.nextDouble() < 0.3);
            boolean braille = !simple && disability && random.nextDouble() < 0.3;
            int participants = kind == SessionKind.OUTREACH ? 3 + random.nextInt(6) : 4 + random.nextInt(9);
            return new SessionJson(id, kind, language, group, List.copyOf(skills), participants, commune, mobile,
                    accessible, braille, period(group, simple), 1 + random.nextInt(3), null);
        }

        private Period period(String group, boolean simple) {
            if (simple) {
                return Period.ANY;
            }
            double r = random.nextDouble();
            return switch (group) {
                case "JOB_SEEKERS", "SENIORS" -> r < 0.85 ? Period.DAY : Period.ANY;
                case "YOUTH" -> r < 0.4 ? Period.EVENING : r < 0.7 ? Period.SATURDAY : Period.ANY;
                case "WOMEN" -> r < 0.6 ? Period.DAY : r < 0.8 ? Period.SATURDAY : Period.ANY;
                default -> r < 0.5 ? Period.DAY : r < 0.7 ? Period.EVENING : Period.ANY;
            };
        }

        /**
         * A random placement satisfying H1–H12 against the hidden placements so far: venues near the demand
         * commune first (as the planner would prefer), then any venue.
         */
        private AssignmentJson hiddenPlacement(SessionJson s) {
            CommuneRow demand = communeByNis.get(s.commune());
            List<VenueJson> byDistance = new ArrayList<>(venues);
            byDistance.sort(Comparator.comparingDouble(v -> distance(demand, communeByNis.get(v.commune()))));
            for (int attempt = 0; attempt < 300; attempt++) {
                int reach = attempt < 150 ? Math.min(10, byDistance.size()) : byDistance.size();
                VenueJson v = byDistance.get(random.nextInt(reach));
                if (!venueFits(s, v) || v.open().isEmpty()) {
                    continue;
                }
                String slot = v.open().get(random.nextInt(v.open().size()));
                if (uses(v.id(), slot) >= v.rooms()) {
                    continue;
                }
                String kit = null;
                if (Boolean.TRUE.equals(s.mobile()) || Boolean.TRUE.equals(s.needsBraille())
                        || s.participants() > v.seats()) {
                    kit = freeKit(s, v, slot);
                    if (kit == null) {
                        continue;
                    }
                }
                String animator = freeAnimator(s, slot);
                if (animator == null) {
                    continue;
                }
                use(v.id(), slot);
                use(animator, slot);
                if (kit != null) {
                    use(kit, slot);
                }
                load.merge(animator, 1, Integer::sum);
                return new AssignmentJson(s.id(), slot, v.id(), animator, kit);
            }
            return null;
        }

        private boolean venueFits(SessionJson s, VenueJson v) {
            return (!Boolean.TRUE.equals(s.mobile()) || v.kind() == VenueKind.PARTNER_SITE)
                    && (!Boolean.TRUE.equals(s.accessibleRequired()) || v.accessible())
                    && (s.kind() != SessionKind.START_DIGITAL || v.startDigital());
        }

        private String freeKit(SessionJson s, VenueJson v, String slot) {
            List<KitJson> shuffled = new ArrayList<>(kits);
            java.util.Collections.shuffle(shuffled, random);
            for (KitJson k : shuffled) {
                if ((!Boolean.TRUE.equals(s.needsBraille()) || k.braille())
                        && s.participants() <= v.seats() + k.devices() && uses(k.id(), slot) == 0) {
                    return k.id();
                }
            }
            return null;
        }

        private String freeAnimator(SessionJson s, String slot) {
            List<AnimatorJson> shuffled = new ArrayList<>(animators);
            java.util.Collections.shuffle(shuffled, random);
            for (AnimatorJson a : shuffled) {
                if (a.languages().contains(s.language()) && new LinkedHashSet<>(a.skills()).containsAll(
                        s.requiredSkills()) && a.available().contains(slot) && uses(a.id(), slot) == 0
                        && load.getOrDefault(a.id(), 0) < a.maxSessions()) {
                    return a.id();
                }
            }
            return null;
        }

        private int uses(String resource, String slot) {
            return used.getOrDefault(resource + "@" + slot, 0);
        }

        private void use(String resource, String slot) {
            used.merge(resource + "@" + slot, 1, Integer::sum);
        }

        private static double distance(CommuneRow a, CommuneRow b) {
            double dx = (a.lon() - b.lon()) * Math.cos(Math.toRadians(a.lat()));
            double dy = a.lat() - b.lat();
            return dx * dx + dy * dy; // only used for ordering
        }
    }
}
