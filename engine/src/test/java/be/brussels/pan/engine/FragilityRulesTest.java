package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.Interest;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Stress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** fragility-*.drl: each answer that shows a gap fires its rule and moves its dimension, and only it. */
class FragilityRulesTest {

    private static final Answers BEST = new Answers(Device.COMPUTER, Internet.HOME, Ability.ALONE, Ability.ALONE);

    @Test
    void thePersonWithNoGapHasNoFragility() {
        DiagnosisResponse r = Engines.DEFAULT.diagnose(DiagnosisRequest.of(BEST));

        assertThat(r.fragility().score()).isZero();
        assertThat(r.fragility().level()).isEqualTo(FragilityLevel.NONE);
        assertThat(rules(r)).contains("fragility-score", "level-none").noneMatch(id -> id.startsWith("access-")
                || id.startsWith("skills-") || id.startsWith("attitude-"));
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} fires {4}: access {5}, skills {6}, attitude {7}")
    @CsvSource({
            "NONE, HOME, ALONE, ALONE, access-no-device, 50, 0, 0",
            "SMARTPHONE_ONLY, HOME, ALONE, ALONE, access-smartphone-only, 25, 0, 0",
            "COMPUTER, NONE, ALONE, ALONE, access-no-internet, 50, 0, 0",
            "COMPUTER, PUBLIC_OR_SHARED, ALONE, ALONE, access-public-internet-only, 25, 0, 0",
            "COMPUTER, HOME, WITH_HELP, ALONE, skills-email-with-help, 0, 25, 0",
            "COMPUTER, HOME, CANNOT, ALONE, skills-email-cannot, 0, 50, 10",
            "COMPUTER, HOME, ALONE, WITH_HELP, skills-procedures-with-help, 0, 25, 0",
            "COMPUTER, HOME, ALONE, CANNOT, skills-procedures-cannot, 0, 50, 10",
    })
    void eachScreeningAnswerMovesItsDimension(Device device, Internet internet, Ability email, Ability procedures,
                                              String rule, int access, int skills, int attitude) {
        DiagnosisResponse r = Engines.DEFAULT.diagnose(DiagnosisRequest.of(new Answers(device, internet, email, procedures)));

        assertThat(rules(r)).contains(rule);
        assertThat(r.fragility().dimensions()).isEqualTo(new DiagnosisResponse.Dimensions(access, skills, attitude));
        assertThat(r.fragility().score()).isEqualTo(Math.round((access + skills + attitude) / 3.0f));
    }

    @Test
    void theExtendedAnswersMoveTheAttitudeAndTheCapHoldsAt100() {
        Answers worst = new Answers(Device.NONE, Internet.NONE, Ability.CANNOT, Ability.CANNOT);
        Extended stressed = new Extended(Interest.NONE, Stress.HIGH, false, false, null,
                List.of(Barrier.BUDGET, Barrier.PRIVACY_FEAR, Barrier.READING), null);

        DiagnosisResponse r = Engines.DEFAULT.diagnose(new DiagnosisRequest(null, null, null, worst, null, stressed));

        assertThat(rules(r)).contains("attitude-no-interest", "attitude-high-stress", "attitude-privacy-fear",
                "attitude-unaware-of-support", "attitude-no-help-at-home", "access-budget-barrier", "skills-reading-barrier");
        assertThat(r.fragility().dimensions()).isEqualTo(new DiagnosisResponse.Dimensions(100, 100, 100));
        assertThat(r.fragility().score()).isEqualTo(100);
        assertThat(r.fragility().level()).isEqualTo(FragilityLevel.SEVERE);
    }

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

    static List<String> rules(DiagnosisResponse response) {
        return response.explanation().stream().map(DiagnosisResponse.Explanation::rule).toList();
    }
}
