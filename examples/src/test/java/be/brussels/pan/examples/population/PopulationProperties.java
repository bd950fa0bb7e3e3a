package be.brussels.pan.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.engine.RequestValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The generator's promises, for any seed: the same bytes, people independent of size and of new fields. */
class PopulationProperties {

    @Property(tries = 50)
    void theSameSeedGivesTheSameBytes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size) {
        List<String> first = new Population(seed).people(size).map(Person::requestJson).toList();
        List<String> second = new Population(seed).people(size).map(Person::requestJson).toList();

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 30)
    void aPersonDoesNotDependOnTheSizeOfThePopulation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        List<String> small = new Population(seed).people(size).map(Person::requestJson).toList();
        List<String> large = new Population(seed).people(size + 25).map(Person::requestJson).toList();

        assertThat(large.subList(0, size)).isEqualTo(small);
    }

    @Property(tries = 30)
    void everyPersonKeepsTheContract(@ForAll long seed, @ForAll @LongRange(min = 1, max = 1_000_000) long id) {
        RequestValidator.validate(new Population(seed).person(id).request());
    }

    @Property(tries = 30)
    void aNewProfileFieldChangesNoOtherValue(@ForAll long seed, @ForAll @LongRange(min = 1, max = 100_000) long id) {
        // What a contributor does when the contract gains an optional field: one line in PopulationFields.
        PopulationFields more = PopulationFields.DEFAULT.withProfileField(
                Field.sometimes("parentOfSchoolChild", 0.8, d -> d.chance(0.25)));

        ObjectNode with = new Population(seed, more).requestTree(id);
        ObjectNode without = new Population(seed).requestTree(id);

        if (with.has("profile")) {
            ((ObjectNode) with.get("profile")).remove("parentOfSchoolChild");
        }
        assertThat(with).isEqualTo(without);
    }

    @Property(tries = 20)
    void seedsGiveDifferentPopulations(@ForAll long seed) {
        List<String> one = new Population(seed).people(20).map(Person::requestJson).toList();
        List<String> other = new Population(seed + 1).people(20).map(Person::requestJson).toList();

        assertThat(one).isNotEqualTo(other);
    }
}
