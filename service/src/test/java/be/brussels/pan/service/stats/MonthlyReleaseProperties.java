package be.brussels.pan.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.service.diagnosis.DemandCount;
import be.brussels.pan.service.diagnosis.DiagnosisCounts;
import be.brussels.pan.service.diagnosis.DiagnosisCounts.Combination;
import be.brussels.pan.service.stats.PublishedStatistics.Stats;
import be.brussels.pan.service.support.DisclosureAudit;
import be.brussels.pan.service.support.DisclosureAudit.Atom;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random months of diagnoses, small enough that many cells are under the threshold: whatever the population, no
 * count of 1 to 4 people can be worked out from everything a month publishes (the statistics and the demand groups
 * planners are given), by adding and subtracting ({@link DisclosureAudit}); every demand group holds at least 5.
 */
class MonthlyReleaseProperties {

    private static final int THRESHOLD = 5;
    static final LinkedHashMap<String, List<String>> DOMAINS = new LinkedHashMap<>();
    static final List<List<String>> GROUP_LISTS = List.of(List.of(), List.of("SENIORS"), List.of("JOB_SEEKERS"),
            List.of("JOB_SEEKERS", "SENIORS"));

    static {
        DOMAINS.put("commune", List.of("21001", "21004", "21012", DiagnosisCounts.NO_COMMUNE));
        DOMAINS.put("persona", List.of("ANNE", "BENOIT"));
        DOMAINS.put("level", List.of("NONE", "LOW", "HIGH"));
        DOMAINS.put("channel", List.of("ACTIRIS", "CPAS"));
        DOMAINS.put("language", List.of("fr", "nl"));
    }

    /** A person's values, as indexes into the domains (weights make some values rare, so small cells abound). */
    record Person(int commune, int persona, int level, int channel, int language, int groups, int urgency) {

        Atom atom() {
            return new Atom(Map.of("commune", value("commune", commune), "persona", value("persona", persona),
                    "level", value("level", level), "channel", value("channel", channel),
                    "language", value("language", language)), GROUP_LISTS.get(groups));
        }

        private static String value(String attribute, int index) {
            return DOMAINS.get(attribute).get(index);
        }
    }

    @Provide
    Arbitrary<List<Person>> months() {
        Arbitrary<Person> person = Combinators.combine(
                Arbitraries.frequency(t(6, 0), t(3, 1), t(1, 2), t(1, 3)),
                Arbitraries.frequency(t(4, 0), t(1, 1)),
                Arbitraries.frequency(t(3, 0), t(3, 1), t(1, 2)),
                Arbitraries.frequency(t(3, 0), t(1, 1)),
                Arbitraries.frequency(t(4, 0), t(1, 1)),
                Arbitraries.frequency(t(3, 0), t(3, 1), t(1, 2), t(1, 3)),
                Arbitraries.integers().between(0, 2))
                .as(Person::new);
        return person.list().ofMinSize(0).ofMaxSize(70);
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Integer> t(int weight, int value) {
        return net.jqwik.api.Tuple.of(weight, value);
    }

    @Property(tries = 100)
    void noCountUnderTheThresholdCanBeWorkedOutFromAMonthsRelease(@ForAll("months") List<Person> people) {
        MonthlyRelease.Draft draft = release(people);
        DisclosureAudit audit = audit(draft);
        List<Atom> population = people.stream().map(Person::atom).toList();

        assertThat(audit.mismatches(population)).as("the audit counts what the release counts").isEmpty();
        assertThat(audit.leaks(population, false, 3)).as("adding and subtracting published numbers").isEmpty();
        assertThat(draft.release().demand()).allSatisfy(g -> assertThat(g.people()).isGreaterThanOrEqualTo(THRESHOLD));
        assertThat(draft.release().demand().stream().mapToLong(DemandGroup::people).sum())
                .as("every person is in the demand, or nobody is").isIn(0L, (long) people.size());
    }

    @Property(tries = 30)
    void theReleaseOfAMonthIsAFunctionOfItsPeopleAlone(@ForAll("months") List<Person> people,
                                                       @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<Person> shuffled = new ArrayList<>(people);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));

        assertThat(release(shuffled).release()).isEqualTo(release(people).release());
    }

    static MonthlyRelease.Draft release(List<Person> people) {
        Map<List<Object>, Long> combinations = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        Map<List<Object>, Long> demand = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (Person p : people) {
            Atom a = p.atom();
            combinations.merge(List.of(a.get("commune"), a.get("persona"), a.groups(), a.get("level"), a.get("channel")),
                    1L, Long::sum);
            demand.merge(List.of(a.get("commune"), List.of(a.get("language")), a.groups(),
                    be.brussels.pan.contract.diagnosis.Urgency.values()[p.urgency()].name()), 1L, Long::sum);
        }
        List<Combination> rows = new ArrayList<>();
        combinations.forEach((k, n) -> rows.add(new Combination((String) k.get(0), (String) k.get(1), groups(k.get(2)),
                (String) k.get(3), (String) k.get(4), n)));
        List<DemandCount> counts = new ArrayList<>();
        demand.forEach((k, n) -> counts.add(new DemandCount((String) k.get(0), groups(k.get(1)), groups(k.get(2)),
                (String) k.get(3), k.get(0).equals("21012") ? List.of(OrientationKind.START_DIGITAL) : List.of(), n)));
        return new MonthlyRelease(THRESHOLD).draft(YearMonth.of(2026, 11), DiagnosisCounts.of(rows), Map.of(), counts,
                KINDS);
    }

    @SuppressWarnings("unchecked")
    private static List<String> groups(Object list) {
        return (List<String>) list;
    }

    static final ProposedKind KINDS = new ProposedKind() {
        @Override
        public String of(DemandCount demand) {
            return demand.orientationKinds().contains(OrientationKind.START_DIGITAL) ? "START_DIGITAL" : otherwise();
        }

        @Override
        public String otherwise() {
            return "WORKSHOP";
        }
    };

    /** Everything the release publishes, each number with the set of people it counts. */
    static DisclosureAudit audit(MonthlyRelease.Draft draft) {
        DisclosureAudit audit = new DisclosureAudit(DOMAINS, GROUP_LISTS, THRESHOLD);
        Stats s = draft.release().statistics();
        if (s.total() != null) {
            audit.publish("total", a -> true, s.total());
        }
        s.byCommune().forEach(c -> audit.publish("commune " + c.key(), a -> c.key().equals(a.get("commune")), c.count()));
        s.byPersona().forEach(c -> audit.publish("persona " + c.key(), a -> c.key().equals(a.get("persona")), c.count()));
        s.byLevel().forEach(c -> audit.publish("level " + c.key(), a -> c.key().equals(a.get("level")), c.count()));
        s.byChannel().forEach(c -> audit.publish("channel " + c.key(), a -> c.key().equals(a.get("channel")), c.count()));
        s.byTargetGroup().forEach(c -> audit.publish("group " + c.key(), a -> a.groups().contains(c.key()), c.count()));
        s.levelByCommune().forEach(c -> audit.publish("level " + c.level() + " in " + c.commune(),
                a -> c.commune().equals(a.get("commune")) && c.level().equals(a.get("level")), c.count()));
        s.levelByTargetGroup().forEach(c -> audit.publish("level " + c.level() + " of " + c.targetGroup(),
                a -> a.groups().contains(c.targetGroup()) && c.level().equals(a.get("level")), c.count()));
        draft.members().forEach((group, members) -> audit.publish("demand " + group,
                a -> members.stream().anyMatch(d -> d.commune().equals(a.get("commune"))
                        && d.languages().equals(List.of(a.get("language"))) && d.targetGroups().equals(a.groups())),
                group.people()));
        return audit;
    }
}
