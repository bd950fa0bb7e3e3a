package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Disability;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The orientation rules on situations the seed describes: who is sent where, and why. */
class OrientationRulesTest {

    private static final Answers WEAK = new Answers(Device.SMARTPHONE_ONLY, Internet.NONE, Ability.CANNOT, Ability.CANNOT);

    @Test
    void aLabelledEpnInTheOwnCommuneComesBeforeOneFurtherAway() {
        DiagnosisResponse r = diagnose(profile(40, "1180", null), null);

        List<DiagnosisResponse.Orientation> epn = of(r, OrientationKind.EPN);
        assertThat(epn).isNotEmpty();
        assertThat(epn.get(0).postcode()).isEqualTo("1180");
        assertThat(epn.get(0).reasons()).extracting(DiagnosisResponse.Reason::code).contains("epn-nearest", "epn-same-commune");
    }

    @Test
    void aPersonWithReducedMobilityIsOfferedHelpAtHome() {
        Profile p = Profile.builder().age(70).postcode("1140").gender(Gender.WOMAN).retired(true)
                .reducedMobility(true).build();

        DiagnosisResponse r = diagnose(p, null);

        assertThat(r.orientations()).anySatisfy(o -> {
            assertThat(o.offerId()).isEqualTo("db-20-project");
            assertThat(o.reasons()).extracting(DiagnosisResponse.Reason::code).contains("at-home-reduced-mobility");
        });
    }

    @Test
    void helpAtHomeIsNotProposedToSomeoneWhoCanTravel() {
        Profile p = Profile.builder().age(70).postcode("1140").gender(Gender.WOMAN).retired(true)
                .reducedMobility(false).build();

        assertThat(diagnose(p, null).orientations()).noneSatisfy(o -> assertThat(o.offerId()).isEqualTo("db-20-project"));
    }

    @Test
    void aVisuallyImpairedPersonIsOfferedTheProjectForBlindPeopleAndOthersAreNot() {
        Profile blind = Profile.builder().age(45).postcode("1200").disabilities(List.of(Disability.VISUAL)).build();
        Profile sighted = Profile.builder().age(45).postcode("1200").disabilities(List.of()).build();

        assertThat(ids(diagnose(blind, null))).contains("db-12-project");
        assertThat(ids(diagnose(sighted, null))).doesNotContain("db-12-project");
    }

    @Test
    void aManIsNotOfferedTheWomensSmartphoneScheme() {
        Profile man = Profile.builder().age(40).postcode("1080").gender(Gender.MAN).build();
        Profile woman = Profile.builder().age(40).postcode("1080").gender(Gender.WOMAN).build();

        assertThat(ids(diagnose(man, null))).doesNotContain("db-08-equipment");
        assertThat(ids(diagnose(woman, null))).contains("db-08-equipment");
    }

    @Test
    void startDigitalIsNeverCutFromTheListOfSomeoneEligible() throws Exception {
        // Esteban's example as a woman: six other offers outranked Start Digital, and the cut to six dropped it.
        String esteban = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "requests", "esteban.json"));
        DiagnosisResponse r = Engines.DEFAULT.diagnose(be.brussels.pan.engine.DiagnosisJson
                .parse(esteban.replace("\"gender\": \"MAN\"", "\"gender\": \"WOMAN\"")).requests().get(0));

        assertThat(r.orientations()).hasSizeLessThanOrEqualTo(6);
        assertThat(of(r, OrientationKind.START_DIGITAL)).hasSize(1);
    }

    @Test
    void anOfferForWomenIsNotProposedWhenTheGenderIsUnknownOrAnother() {
        Profile unknown = Profile.builder().age(40).postcode("1080").build();
        Profile other = Profile.builder().age(40).postcode("1080").gender(Gender.OTHER).build();

        assertThat(ids(diagnose(unknown, null))).doesNotContain("db-08-equipment");
        assertThat(ids(diagnose(other, null))).doesNotContain("db-08-equipment");
    }

    @Test
    void aProjectForAllophonePeopleIsProposedWhateverItsKind() {
        // The catalogue's one project tagged ALLOPHONE is a social-support one: the rule asked for a partner.
        Profile p = Profile.builder().age(35).postcode("1000").newcomer(true).languages(List.of("ar"))
                .readsWritesFrenchOrDutch(false).build();

        assertThat(FragilityRulesTest.rules(diagnose(p, null))).contains("partner-allophone");
    }

    @Test
    void someoneWhoDoesNotReadFrenchOrDutchIsOfferedLiteracySupport() {
        Profile p = Profile.builder().age(50).postcode("1020").newcomer(true).languages(List.of("ar"))
                .readsWritesFrenchOrDutch(false).build();

        DiagnosisResponse r = diagnose(p, new Extended(null, null, null, null, null, List.of(Barrier.LANGUAGE), null));

        assertThat(of(r, OrientationKind.SOCIAL_SUPPORT)).anySatisfy(o ->
                assertThat(o.reasons()).extracting(DiagnosisResponse.Reason::code).contains("social-literacy"));
    }

    @Test
    void readingOrTheLanguageIsABarrierWhicheverWayItIsSaid() {
        Profile reads = Profile.builder().age(50).postcode("1020").newcomer(true).languages(List.of("fr"))
                .readsWritesFrenchOrDutch(true).build();
        Profile unknown = Profile.builder().age(50).postcode("1020").newcomer(true).languages(List.of("fr")).build();
        Profile doesNotRead = Profile.builder().age(50).postcode("1020").newcomer(true)
                .languages(List.of("fr")).readsWritesFrenchOrDutch(false).build();

        assertThat(FragilityRulesTest.rules(diagnose(reads, barriers(Barrier.READING)))).contains("social-literacy");
        assertThat(FragilityRulesTest.rules(diagnose(unknown, barriers(Barrier.LANGUAGE)))).contains("social-literacy");
        assertThat(FragilityRulesTest.rules(diagnose(doesNotRead, null))).contains("social-literacy");
        assertThat(FragilityRulesTest.rules(diagnose(reads, barriers(Barrier.BUDGET)))).doesNotContain("social-literacy");
        assertThat(FragilityRulesTest.rules(diagnose(unknown, null))).doesNotContain("social-literacy");
    }

    private static Extended barriers(Barrier... barriers) {
        return new Extended(null, null, null, null, null, List.of(barriers), null);
    }

    @Test
    void withoutAPostcodeTheMobileEpnIsProposedAndThePostcodeAskedFor() {
        DiagnosisResponse r = Engines.DEFAULT.diagnose(DiagnosisRequest.of(WEAK));

        assertThat(ids(r)).contains("epn-01-access");
        assertThat(FragilityRulesTest.rules(r)).contains("location-unknown", "epn-mobile-without-commune");
        assertThat(r.orientations()).allSatisfy(o -> assertThat(o.reasons()).extracting(DiagnosisResponse.Reason::code)
                .doesNotContain("distance-cost"));
    }

    @Test
    void theLimitsHold() {
        DiagnosisResponse r = diagnose(profile(40, "1000", true), null);

        assertThat(r.orientations()).hasSizeLessThanOrEqualTo(6);
        for (OrientationKind kind : OrientationKind.values()) {
            assertThat(of(r, kind)).hasSizeLessThanOrEqualTo(2);
        }
    }

    private static DiagnosisResponse diagnose(Profile profile, Extended extended) {
        return Engines.DEFAULT.diagnose(new DiagnosisRequest(null, null, "fr", WEAK, profile, extended));
    }

    private static Profile profile(Integer age, String postcode, Boolean jobSeeker) {
        return Profile.builder().age(age).postcode(postcode).jobSeeker(jobSeeker).build();
    }

    private static List<String> ids(DiagnosisResponse r) {
        return r.orientations().stream().map(DiagnosisResponse.Orientation::offerId).toList();
    }

    private static List<DiagnosisResponse.Orientation> of(DiagnosisResponse r, OrientationKind kind) {
        return r.orientations().stream().filter(o -> o.kind() == kind).toList();
    }
}
