package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Proficiency;
import be.brussels.pan.contract.diagnosis.Profile;
import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Start Digital exactly per the contract (seed L895): job seeker, over 25, no CESS, level A. */
class StartDigitalTest {

    private static final Answers LEVEL_A = new Answers(Device.COMPUTER, Internet.HOME, Ability.WITH_HELP, Ability.CANNOT);
    private static final Answers LEVEL_B = new Answers(Device.COMPUTER, Internet.HOME, Ability.ALONE, Ability.ALONE);

    @ParameterizedTest(name = "age {0}, CESS {1}, job seeker {2}, level {3} → offered {4}")
    @CsvSource(nullValues = "null", value = {
            "26, false, true, A, true",
            "25, false, true, A, false",
            "120, false, true, A, true",
            "18, false, true, A, false",
            "26, true, true, A, false",
            "26, false, false, A, false",
            "26, false, null, A, false",
            "26, false, true, B, false",
            "null, false, true, A, false",
            "26, null, true, A, false",
    })
    void offeredIfAndOnlyIfAllFourConditionsAreKnownToHold(Integer age, Boolean cesss, Boolean jobSeeker, String level,
                                                          boolean offered) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request(age, cesss, jobSeeker, "A".equals(level) ? LEVEL_A : LEVEL_B));

        assertThat(response.digcompLevel()).hasToString(level);
        assertThat(kinds(response).contains(OrientationKind.START_DIGITAL)).isEqualTo(offered);
    }

    @Test
    void anUnknownAgeSaysWhatToCheck() {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request(null, false, true, LEVEL_A));

        assertThat(kinds(response)).doesNotContain(OrientationKind.START_DIGITAL);
        assertThat(response.explanation()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("start-digital-age-unknown");
            assertThat(e.text()).contains("âge");
        });
    }

    @Test
    void anUnknownCertificateSaysWhatToCheck() {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request(40, null, true, LEVEL_A));

        assertThat(kinds(response)).doesNotContain(OrientationKind.START_DIGITAL);
        assertThat(response.explanation()).extracting(DiagnosisResponse.Explanation::rule)
                .contains("start-digital-certificate-unknown");
    }

    @Test
    void aSelfAssessmentWeakInThreeAreasKeepsAnAutonomousPersonAtLevelA() {
        Digcomp weak = new Digcomp(Proficiency.BASIC, Proficiency.NONE, Proficiency.BASIC, Proficiency.PROFICIENT,
                Proficiency.INDEPENDENT);
        DiagnosisRequest request = new DiagnosisRequest(null, null, null, LEVEL_B, profile(30, false, true),
                new Extended(null, null, null, null, weak, null, null));

        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);

        assertThat(response.digcompLevel()).isEqualTo(DigcompLevel.A);
        assertThat(kinds(response)).contains(OrientationKind.START_DIGITAL);
    }

    @Test
    void theStartDigitalOfferNamesTheFourConditions() {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request(40, false, true, LEVEL_A));

        DiagnosisResponse.Orientation course = response.orientations().stream()
                .filter(o -> o.kind() == OrientationKind.START_DIGITAL).findFirst().orElseThrow();
        assertThat(course.reasons()).extracting(DiagnosisResponse.Reason::code).contains("start-digital-eligible");
        assertThat(Engines.DEFAULT.catalog().services()).anySatisfy(s -> assertThat(s.id()).isEqualTo(course.offerId()));
    }

    private static List<OrientationKind> kinds(DiagnosisResponse response) {
        return response.orientations().stream().map(DiagnosisResponse.Orientation::kind).toList();
    }

    private static DiagnosisRequest request(Integer age, Boolean cess, Boolean jobSeeker, Answers answers) {
        return new DiagnosisRequest(null, Channel.ACTIRIS, "fr", answers, profile(age, cess, jobSeeker), null);
    }

    private static Profile profile(Integer age, Boolean cess, Boolean jobSeeker) {
        return Profile.builder().age(age).postcode("1080").jobSeeker(jobSeeker).upperSecondaryCertificate(cess).build();
    }
}
