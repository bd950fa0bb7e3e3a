package be.brussels.pan.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.Disability;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Interest;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.Proficiency;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.contract.diagnosis.Stress;
import be.brussels.pan.engine.RequestValidator;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default population (seed 2021, 10,000 people) reaches every value the rules read. */
class PopulationTest {

    private static List<Person> people;

    @BeforeAll
    static void draw() {
        people = new Population(Population.DEFAULT_SEED).people(Population.DEFAULT_SIZE).toList();
    }

    private static Stream<Profile> profiles() {
        return people.stream().map(p -> p.request().profile()).filter(Objects::nonNull);
    }

    private static Stream<Extended> extendeds() {
        return people.stream().map(p -> p.request().extended()).filter(Objects::nonNull);
    }

    private static <T> Set<T> seen(Stream<T> values) {
        return values.filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Set<T> seenIn(Stream<? extends Collection<T>> lists) {
        return lists.filter(Objects::nonNull).flatMap(Collection::stream).collect(Collectors.toSet());
    }

    @Test
    void everyPersonKeepsTheContractAndIsNumberedFromOne() {
        assertThat(people).hasSize(10_000);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            assertThat(person.id()).isEqualTo(i + 1);
            RequestValidator.validate(person.request());
            // The reference is the person's number: no names, the contract has none.
            assertThat(person.request().reference()).isEqualTo("population-" + (i + 1));
        }
    }

    @Test
    void everyCommuneIsThere() {
        Set<String> communes = seen(profiles().map(Profile::postcode)
                .map(postcode -> Communes.brussels().byPostcode(postcode).map(Commune::code).orElse(null)));
        assertThat(communes).hasSize(19)
                .containsExactlyInAnyOrderElementsOf(Communes.brussels().all().stream().map(Commune::code).toList());
        assertThat(profiles().map(Profile::postcode).filter(Objects::nonNull)
                .filter(p -> Communes.brussels().byPostcode(p).isEmpty())).as("a few postcodes outside the region").isNotEmpty();
    }

    @Test
    void everyValueOfTheFourAnswers() {
        assertThat(seen(people.stream().map(p -> p.request().answers().device()))).isEqualTo(EnumSet.allOf(Device.class));
        assertThat(seen(people.stream().map(p -> p.request().answers().internet()))).isEqualTo(EnumSet.allOf(Internet.class));
        assertThat(seen(people.stream().map(p -> p.request().answers().email()))).isEqualTo(EnumSet.allOf(Ability.class));
        assertThat(seen(people.stream().map(p -> p.request().answers().onlineProcedures()))).isEqualTo(EnumSet.allOf(Ability.class));
    }

    @Test
    void mostPeopleGiveOnlyTheFourAnswersAndTheyComeThroughActiris() {
        List<DiagnosisRequest> answersOnly = people.stream().map(Person::request)
                .filter(r -> r.profile() == null && r.extended() == null).toList();
        assertThat(answersOnly.size()).isBetween(5_000, 6_000);
        assertThat(seen(answersOnly.stream().map(DiagnosisRequest::channel))).containsExactly(Channel.ACTIRIS);
        assertThat(seen(people.stream().map(p -> p.request().channel()))).isEqualTo(EnumSet.allOf(Channel.class));
        assertThat(people.stream().filter(p -> p.request().profile() == null && p.request().extended() != null)).isNotEmpty();
    }

    @Test
    void everyValueOfTheExtendedAnswers() {
        assertThat(seen(extendeds().map(Extended::interest))).isEqualTo(EnumSet.allOf(Interest.class));
        assertThat(seen(extendeds().map(Extended::stress))).isEqualTo(EnumSet.allOf(Stress.class));
        assertThat(seen(extendeds().map(Extended::knowsSupportOffer))).containsExactlyInAnyOrder(true, false);
        assertThat(seen(extendeds().map(Extended::helpAtHome))).containsExactlyInAnyOrder(true, false);
        assertThat(seenIn(extendeds().map(Extended::barriers))).isEqualTo(EnumSet.allOf(Barrier.class));
        assertThat(seenIn(extendeds().map(Extended::needs))).isEqualTo(EnumSet.allOf(Need.class));
        List<Function<Digcomp, Proficiency>> areas = List.of(Digcomp::information, Digcomp::communication,
                Digcomp::contentCreation, Digcomp::safety, Digcomp::problemSolving);
        for (Function<Digcomp, Proficiency> area : areas) {
            assertThat(seen(extendeds().map(Extended::digcomp).filter(Objects::nonNull).map(area)))
                    .isEqualTo(EnumSet.allOf(Proficiency.class));
        }
        assertThat(extendeds().filter(e -> e.needs() != null && e.needs().isEmpty())).as("people who name no need").isNotEmpty();
    }

    @Test
    void everyAgeFrom16To90AndEveryValueOfTheProfile() {
        assertThat(seen(profiles().map(Profile::age))).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(16, 90).boxed().toList());
        assertThat(seen(profiles().map(Profile::gender))).isEqualTo(EnumSet.allOf(Gender.class));
        List<Function<Profile, Boolean>> flags = List.of(Profile::jobSeeker, Profile::upperSecondaryCertificate,
                Profile::student, Profile::employed, Profile::retired, Profile::cpasBeneficiary, Profile::homeless,
                Profile::newcomer, Profile::reducedMobility, Profile::readsWritesFrenchOrDutch);
        for (Function<Profile, Boolean> flag : flags) {
            assertThat(seen(profiles().map(flag))).containsExactlyInAnyOrder(true, false);
        }
        assertThat(seenIn(profiles().map(Profile::disabilities))).isEqualTo(EnumSet.allOf(Disability.class));
        assertThat(seenIn(profiles().map(Profile::languages))).contains("fr", "nl", "en", "ar", "tr", "fa", "es", "ln");
        assertThat(profiles().filter(p -> p.languages() != null && p.languages().isEmpty())).isNotEmpty();
    }

    @Test
    void someFieldsAreUnknown() {
        List<Function<Profile, Object>> fields = List.of(Profile::age, Profile::postcode, Profile::gender,
                Profile::jobSeeker, Profile::student, Profile::retired, Profile::cpasBeneficiary, Profile::homeless,
                Profile::newcomer, Profile::disabilities, Profile::reducedMobility, Profile::languages,
                Profile::readsWritesFrenchOrDutch);
        for (Function<Profile, Object> field : fields) {
            assertThat(profiles().map(field).filter(Objects::isNull)).isNotEmpty();
        }
        assertThat(extendeds().map(Extended::digcomp).filter(Objects::isNull)).isNotEmpty();
        // Unknown is left out of the JSON, as a caller that does not know it sends it.
        assertThat(people.stream().map(Person::requestJson)).noneMatch(json -> json.contains("null"));
    }

    @Test
    void theRetiredAreMostlyOldAndTheStudentsMostlyYoung() {
        // The fields agree with the person's age, so the rules see plausible people rather than noise.
        List<Profile> known = profiles().filter(p -> p.age() != null).toList();
        long retired = known.stream().filter(p -> Boolean.TRUE.equals(p.retired())).count();
        long retiredOver55 = known.stream().filter(p -> Boolean.TRUE.equals(p.retired()) && p.age() >= 55).count();
        long students = known.stream().filter(p -> Boolean.TRUE.equals(p.student())).count();
        long studentsUnder26 = known.stream().filter(p -> Boolean.TRUE.equals(p.student()) && p.age() < 26).count();
        assertThat(retiredOver55).isGreaterThan(retired * 9 / 10);
        assertThat(studentsUnder26).isGreaterThan(students / 2);
    }
}
