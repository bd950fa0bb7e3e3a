package be.brussels.pan.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The diff's counts against the plainest reading of two random populations: a change is counted for exactly
 * the people whose value differs, and a file against itself has no change at all.
 */
class DiffPopulationProperties {

    private Path dir;

    @BeforeTry
    void directory() throws IOException {
        dir = Files.createTempDirectory("diff-population");
    }

    @AfterTry
    void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** One person before and after: the after is the before with some of its outcomes drawn again. */
    record Pair(PersonLine before, PersonLine after) {
    }

    @Provide
    Arbitrary<List<Pair>> populations() {
        Arbitrary<PersonLine> outcome = Combinators.combine(
                Arbitraries.of(names(PersonaCode.values())), Arbitraries.of(names(Urgency.values())),
                Arbitraries.of(names(FragilityLevel.values())),
                Arbitraries.of("o1", "o2", "o3", "o4", "o5").list().uniqueElements().ofMaxSize(4),
                Arbitraries.of(names(OrientationKind.values())).list().ofSize(4),
                Arbitraries.subsetOf(names(TargetGroup.values())))
                .as((persona, urgency, level, offers, kinds, groups) -> {
                    String[] offersAndKinds = IntStream.range(0, offers.size())
                            .mapToObj(i -> offers.get(i) + ":" + kinds.get(i)).toArray(String[]::new);
                    // In the contract's order, as the engine writes them.
                    String[] sorted = names(TargetGroup.values()).stream().filter(groups::contains).toArray(String[]::new);
                    return PersonLine.of(0, null, null).outcome(persona, urgency, level).offers(offersAndKinds).groups(sorted);
                });
        Arbitrary<PersonLine> person = Combinators.combine(
                Arbitraries.integers().between(16, 90).injectNull(0.2),
                Arbitraries.of("1000", "1020", "1070", "1080", "1210", "1300", "4000").injectNull(0.3),
                outcome)
                .as((age, postcode, o) -> new PersonLine(0, age, postcode, o.device(), o.persona(), o.urgency(),
                        o.level(), o.offers(), o.kinds(), o.targetGroups(), o.version()));
        Arbitrary<Pair> pair = Combinators.combine(person, outcome, Arbitraries.integers().between(0, 31))
                .as((was, redrawn, mask) -> new Pair(was, new PersonLine(0, was.age(), was.postcode(), was.device(),
                        (mask & 1) != 0 ? redrawn.persona() : was.persona(),
                        (mask & 2) != 0 ? redrawn.urgency() : was.urgency(),
                        (mask & 4) != 0 ? redrawn.level() : was.level(),
                        (mask & 8) != 0 ? redrawn.offers() : was.offers(),
                        (mask & 8) != 0 ? redrawn.kinds() : was.kinds(),
                        (mask & 16) != 0 ? redrawn.targetGroups() : was.targetGroups(), was.version())));
        return pair.list().ofMinSize(1).ofMaxSize(40).map(DiffPopulationProperties::numbered);
    }

    private static List<Pair> numbered(List<Pair> pairs) {
        List<Pair> numbered = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            numbered.add(new Pair(withId(pairs.get(i).before(), i + 1), withId(pairs.get(i).after(), i + 1)));
        }
        return numbered;
    }

    private static PersonLine withId(PersonLine line, long id) {
        return new PersonLine(id, line.age(), line.postcode(), line.device(), line.persona(), line.urgency(), line.level(),
                line.offers(), line.kinds(), line.targetGroups(), line.version());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private Path write(String name, List<PersonLine> lines) {
        try {
            return Files.write(dir.resolve(name), lines.stream().map(PersonLine::json).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 100)
    void aFileAgainstItselfHasNoChange(@ForAll("populations") List<Pair> population) {
        Path file = write("population.jsonl", population.stream().map(Pair::before).toList());

        PopulationDiff diff = PopulationDiff.compare(file.toString(), file.toString(), 5);

        assertThat(diff.all().people()).isEqualTo(population.size());
        assertThat(diff.all().changedAny()).isZero();
        for (Change change : Change.values()) {
            assertThat(diff.all().changed(change)).isZero();
            assertThat(diff.examples(change)).isEmpty();
        }
        assertThat(diff.byTargetGroup().values()).allMatch(counts -> counts.changedAny() == 0
                && counts.joinedCount() == 0 && counts.leftCount() == 0);
        assertThat(diff.byPlace().values()).allMatch(counts -> counts.changedAny() == 0);
        assertThat(diff.startDigitalGained() + diff.startDigitalLost()).isZero();
        for (Transitions transitions : List.of(diff.level(), diff.urgency(), diff.persona())) {
            assertThat(transitions.values().stream().mapToInt(v -> transitions.count(v, v)).sum()).isEqualTo(population.size());
        }
    }

    @Property(tries = 200)
    void eachChangeIsCountedForExactlyThePeopleWhoseValueDiffers(@ForAll("populations") List<Pair> population) {
        Path before = write("before.jsonl", population.stream().map(Pair::before).toList());
        Path after = write("after.jsonl", population.stream().map(Pair::after).toList());

        PopulationDiff diff = PopulationDiff.compare(before.toString(), after.toString(), 3);

        assertThat(diff.all().changed(Change.PERSONA)).isEqualTo(count(population, p -> !p.before().persona().equals(p.after().persona())));
        assertThat(diff.all().changed(Change.URGENCY)).isEqualTo(count(population, p -> !p.before().urgency().equals(p.after().urgency())));
        assertThat(diff.all().changed(Change.LEVEL)).isEqualTo(count(population, p -> !p.before().level().equals(p.after().level())));
        assertThat(diff.all().changed(Change.TOP_1)).isEqualTo(count(population, p -> !Objects.equals(first(p.before()), first(p.after()))));
        assertThat(diff.all().changed(Change.TOP_3_SET)).isEqualTo(count(population,
                p -> !new HashSet<>(top3(p.before())).equals(new HashSet<>(top3(p.after())))));
        assertThat(diff.all().changed(Change.TOP_3_ORDER)).isEqualTo(count(population, p -> !top3(p.before()).equals(top3(p.after()))));
        assertThat(diff.all().changed(Change.START_DIGITAL)).isEqualTo(count(population,
                p -> startDigital(p.before()) != startDigital(p.after())));
        assertThat(diff.startDigitalGained()).isEqualTo(count(population, p -> !startDigital(p.before()) && startDigital(p.after())));
        assertThat(diff.all().changed(Change.TARGET_GROUPS)).isEqualTo(count(population,
                p -> !p.before().targetGroups().equals(p.after().targetGroups())));
        for (Change change : Change.values()) {
            assertThat(diff.examples(change)).hasSize(Math.min(3, diff.all().changed(change)));
        }

        // Every person is in one commune row; each from → to table holds everyone once.
        assertThat(diff.byPlace().values().stream().mapToInt(Counts::people).sum()).isEqualTo(population.size());
        for (Transitions transitions : List.of(diff.level(), diff.urgency(), diff.persona())) {
            int total = 0;
            for (String from : transitions.values()) {
                for (String to : transitions.values()) {
                    total += transitions.count(from, to);
                }
            }
            assertThat(total).isEqualTo(population.size());
        }
        assertThat(diff.persona().values().stream().mapToInt(v -> diff.persona().count(v, v)).sum())
                .isEqualTo(population.size() - diff.all().changed(Change.PERSONA));
    }

    @Property(tries = 50)
    void theReportDoesNotDependOnTheOrderOfTheLines(@ForAll("populations") List<Pair> population, @ForAll long seed) throws IOException {
        Path before = write("before.jsonl", population.stream().map(Pair::before).toList());
        Path after = write("after.jsonl", population.stream().map(Pair::after).toList());
        String report = DiffReport.of(PopulationDiff.compare(before.toString(), after.toString(), 2), DiffReport.Format.MARKDOWN);

        List<PersonLine> shuffled = new ArrayList<>(population.stream().map(Pair::after).toList());
        Collections.shuffle(shuffled, new Random(seed));
        write("after.jsonl", shuffled);

        assertThat(DiffReport.of(PopulationDiff.compare(before.toString(), after.toString(), 2), DiffReport.Format.MARKDOWN))
                .isEqualTo(report);
    }

    private static int count(List<Pair> population, Predicate<Pair> differs) {
        return (int) population.stream().filter(differs).count();
    }

    private static String first(PersonLine line) {
        return line.offers().isEmpty() ? null : line.offers().get(0);
    }

    private static List<String> top3(PersonLine line) {
        return line.offers().subList(0, Math.min(3, line.offers().size()));
    }

    private static boolean startDigital(PersonLine line) {
        return line.kinds().contains("START_DIGITAL");
    }
}
