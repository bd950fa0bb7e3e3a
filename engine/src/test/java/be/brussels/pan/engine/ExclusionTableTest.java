package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eligibility table of issue 14: for each person, whether an offer is excluded and by which rule. The
 * default catalogue has offers reserved to women (db-08-project) and an age band (db-05-project, 15-25); it has
 * no offer for CPAS beneficiaries alone (a CPAS also serves homeless people and literacy), so one is added.
 */
class ExclusionTableTest {

    private static final String CPAS_ONLY = "test-cpas-only";
    private static final DiagnosisEngine ENGINE = Engines.DEFAULT.usingCatalog(withCpasOnlyOffer(Engines.DEFAULT.catalog()));

    /** A job seeker without the CESS and at DigComp level A: only the age decides Start Digital. */
    private static Profile.Builder startDigitalCandidate() {
        return Profile.builder().postcode("1080").jobSeeker(true).upperSecondaryCertificate(false);
    }

    static Stream<Arguments> table() {
        String startDigital = "start-digital-epn-02";
        String womenOnly = "db-08-project";
        String ageBand = "db-05-project";
        return Stream.of(
                Arguments.of("Start Digital at 25", startDigitalCandidate().age(25), startDigital, "start-digital-eligible"),
                Arguments.of("Start Digital at 26", startDigitalCandidate().age(26), startDigital, null),
                Arguments.of("Start Digital, age unknown", startDigitalCandidate().age(null), startDigital, "start-digital-age-unknown"),
                Arguments.of("Start Digital, certificate unknown", startDigitalCandidate().age(40).upperSecondaryCertificate(null),
                        startDigital, "start-digital-certificate-unknown"),
                Arguments.of("Start Digital, not a job seeker", startDigitalCandidate().age(40).jobSeeker(false), startDigital,
                        "start-digital-eligible"),
                Arguments.of("women only, a man", Profile.builder().age(40).postcode("1080").gender(Gender.MAN), womenOnly,
                        "exclude-reserved"),
                Arguments.of("women only, gender unknown", Profile.builder().age(40).postcode("1080"), womenOnly, "exclude-reserved"),
                Arguments.of("women only, a woman", Profile.builder().age(40).postcode("1080").gender(Gender.WOMAN), womenOnly, null),
                Arguments.of("age band 15-25 at 30", Profile.builder().age(30).postcode("1080"), ageBand, "exclude-age"),
                Arguments.of("age band 15-25 at 14", Profile.builder().age(14).postcode("1080"), ageBand, "exclude-age"),
                Arguments.of("age band 15-25 at 20", Profile.builder().age(20).postcode("1080"), ageBand, null),
                // an unknown age rules no age band out (exclude-age needs a known age): the rule base's policy
                Arguments.of("age band 15-25, age unknown", Profile.builder().postcode("1080"), ageBand, null),
                Arguments.of("CPAS only, a beneficiary", Profile.builder().age(40).postcode("1080").cpasBeneficiary(true), CPAS_ONLY, null),
                Arguments.of("CPAS only, not a beneficiary", Profile.builder().age(40).postcode("1080").cpasBeneficiary(false), CPAS_ONLY,
                        "exclude-reserved"),
                Arguments.of("CPAS only, unknown", Profile.builder().age(40).postcode("1080"), CPAS_ONLY, "exclude-reserved"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachOfferIsExcludedByTheRuleThatDecidedIt(String name, Profile.Builder profile, String offerId, String rule) {
        Assessment assessment = ENGINE.assessAll(List.of(request(profile.build())), null).get(0);

        assertThat(assessment.ruleExcluding(offerId)).isEqualTo(Optional.ofNullable(rule));
        // an excluded offer is never proposed
        if (rule != null) {
            assertThat(assessment.response().orientations()).extracting(DiagnosisResponse.Orientation::offerId)
                    .doesNotContain(offerId);
        }
    }

    @Test
    void startDigitalIsExcludedEverywhereForANonEligiblePersonAndNowhereForAnEligibleOne() {
        List<String> startDigital = ENGINE.catalog().services().stream()
                .filter(s -> s.kind() == be.brussels.pan.contract.catalog.ServiceKind.START_DIGITAL).map(Service::id).toList();
        Assessment young = ENGINE.assessAll(List.of(request(startDigitalCandidate().age(25).build())), null).get(0);
        Assessment eligible = ENGINE.assessAll(List.of(request(startDigitalCandidate().age(26).build())), null).get(0);

        assertThat(young.exclusions()).filteredOn(e -> startDigital.contains(e.offerId()))
                .extracting(Exclusion::rule).hasSize(startDigital.size()).containsOnly("start-digital-eligible");
        assertThat(eligible.exclusions()).extracting(Exclusion::offerId).doesNotContainAnyElementsOf(startDigital);
        assertThat(eligible.response().orientations()).extracting(DiagnosisResponse.Orientation::kind)
                .contains(OrientationKind.START_DIGITAL);
    }

    @Test
    void exclusionsCoverOffersThatWereNeverProposedAndTheResponseIsTheDiagnosisOne() {
        DiagnosisRequest man = request(Profile.builder().age(30).postcode("1000").gender(Gender.MAN).build());
        Assessment assessment = ENGINE.assessAll(List.of(man), null).get(0);

        assertThat(assessment.response()).isEqualTo(ENGINE.diagnose(man));
        // the offer for women in Anderlecht is far from the centre's proposals, and still named
        assertThat(assessment.ruleExcluding("db-08-project")).contains("exclude-reserved");
        assertThat(assessment.ruleExcluding("db-05-project")).contains("exclude-age");
        // every exclusion names an offer of the catalogue, once
        List<String> ids = ENGINE.catalog().services().stream().map(Service::id).toList();
        assertThat(assessment.exclusions()).extracting(Exclusion::offerId).doesNotHaveDuplicates().isSubsetOf(ids);
    }

    private static DiagnosisRequest request(Profile profile) {
        return new DiagnosisRequest(null, Channel.ACTIRIS, "fr",
                new Answers(Device.NONE, Internet.NONE, Ability.CANNOT, Ability.CANNOT), profile, null);
    }

    /** The default catalogue and a copy of a workshop reserved to CPAS beneficiaries alone. */
    private static Catalog withCpasOnlyOffer(Catalog catalog) {
        Service model = catalog.services().stream().filter(s -> s.id().equals("db-08-project")).findFirst().orElseThrow();
        UnaryOperator<Service> cpasOnly = s -> new Service(CPAS_ONLY, s.structureId(), s.name(), s.kind(), s.description(),
                s.targetGroups(), List.of("CPAS_BENEFICIARIES"), s.personae(), s.needs(), s.languages(), null, null,
                s.eligibility(), s.conditions(), s.fee(), s.schedule(), s.capacity(), s.digcompLevels(), s.provenance());
        List<Service> services = new ArrayList<>(catalog.services());
        services.add(cpasOnly.apply(model));
        return new Catalog(catalog.version(), catalog.description(), catalog.structures(), services);
    }
}
