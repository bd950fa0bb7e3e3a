package be.brussels.pan.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.rules.run.DefaultRun;
import be.brussels.pan.rules.run.Evaluation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two expectations that read more than one value: an offer within a rank, and personae ruled out. */
class CaseCheckTest {

    private static final CaseCheck CHECK = new CaseCheck(Set.of(), Set.of());

    /** No device, a home connection, both tasks alone, in Saint-Gilles: Benoit, Anne and Noemie are ruled out. */
    private static final Evaluation NO_DEVICE = DefaultRun.EVALUATOR.evaluate(new DiagnosisRequest(null, null, null,
            new Answers(Device.NONE, Internet.HOME, Ability.ALONE, Ability.ALONE),
            Profile.builder().age(32).postcode("1060").build(), null));

    @Test
    void withinRankAcceptsTheRankAndAnyBetterOneAndNamesTheRankOtherwise() {
        String second = NO_DEVICE.ranking().get(1).offer().getId();

        assertThat(CHECK.mismatches(offer(second, 2), NO_DEVICE)).isEmpty();
        assertThat(CHECK.mismatches(offer(second, 3), NO_DEVICE)).isEmpty();
        assertThat(CHECK.mismatches(offer(second, 1), NO_DEVICE))
                .containsExactly("offers.shown " + second + ".withinRank: expected at rank 1 or better but was at rank 2");
    }

    @Test
    void notPersonaeFailsForThePersonaAndForAnAlternative() {
        PersonaCode persona = NO_DEVICE.persona().getCode();
        PersonaCode alternative = NO_DEVICE.persona().getMatches().get(1).getCode();

        assertThat(CHECK.mismatches(personae(List.of(PersonaCode.BENOIT, PersonaCode.ANNE, PersonaCode.NOEMIE)), NO_DEVICE))
                .isEmpty();
        assertThat(CHECK.mismatches(personae(List.of(persona, alternative)), NO_DEVICE)).containsExactly(
                "notPersonae: " + persona + " is the persona",
                "notPersonae: " + alternative + " is among the alternatives");
    }

    private static RuleCase.Expect offer(String id, int withinRank) {
        return new RuleCase.Expect(null, null, null, null, null, null, null, null, null, new RuleCase.Offers(null, null,
                null, null, null, null, List.of(new RuleCase.Shown(id, null, withinRank, null, null, null, null, null))));
    }

    private static RuleCase.Expect personae(List<PersonaCode> ruledOut) {
        return new RuleCase.Expect(null, null, null, null, null, null, ruledOut, null, null, null);
    }
}
