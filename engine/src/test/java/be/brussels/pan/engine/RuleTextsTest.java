package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Profile;
import org.junit.jupiter.api.Test;

/**
 * The texts the engine writes for the rules that fired: a rule's explanation says its points and its source,
 * and a rule that keeps an offer back says what to check. What the rules conclude is tested in pan-rules.
 */
class RuleTextsTest {

    @Test
    void everyContributionSaysItsPointsInItsText() {
        DiagnosisResponse r = Engines.DEFAULT.diagnose(new DiagnosisRequest(null, null, "en",
                new Answers(Device.NONE, Internet.HOME, Ability.ALONE, Ability.ALONE), null, null));

        assertThat(r.explanation()).filteredOn(e -> e.rule().equals("access-no-device"))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).contains("+50").contains("access");
                    assertThat(e.source()).contains("seed L");
                });
    }

    @Test
    void anUnknownAgeSaysWhatToCheck() {
        Profile profile = Profile.builder().postcode("1080").jobSeeker(true).upperSecondaryCertificate(false).build();
        DiagnosisResponse r = Engines.DEFAULT.diagnose(new DiagnosisRequest(null, Channel.ACTIRIS, "fr",
                new Answers(Device.COMPUTER, Internet.HOME, Ability.WITH_HELP, Ability.CANNOT), profile, null));

        assertThat(r.explanation()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("start-digital-age-unknown");
            assertThat(e.text()).contains("âge");
        });
    }
}
