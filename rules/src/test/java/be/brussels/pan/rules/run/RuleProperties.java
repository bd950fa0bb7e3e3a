package be.brussels.pan.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.Proficiency;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.rules.diagnosis.FragilityScore;
import be.brussels.pan.rules.orientation.RankedOffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the rule base over generated requests (diagnosis contract, "Policy definitions"), checked on
 * what the rules conclude. The rule cases (cases/*.yaml) show single situations; these hold for all.
 */
class RuleProperties {

    private static Evaluation evaluate(DiagnosisRequest request) {
        return DefaultRun.EVALUATOR.evaluate(request);
    }

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Property(tries = 300)
    void makingOneAnswerWorseNeverLowersTheScore(@ForAll("requests") DiagnosisRequest request) {
        int score = evaluate(request).score().getScore();
        for (Answers worse : worsenedOnce(request.answers())) {
            DiagnosisRequest changed = new DiagnosisRequest(request.reference(), request.channel(), request.locale(),
                    worse, request.profile(), request.extended());
            assertThat(evaluate(changed).score().getScore())
                    .as("score after worsening %s to %s", request.answers(), worse)
                    .isGreaterThanOrEqualTo(score);
        }
    }

    @Property(tries = 500)
    void theDimensionsAndTheScoreStayWithinTheContractsRange(@ForAll("requests") DiagnosisRequest request) {
        FragilityScore s = evaluate(request).score();

        assertThat(List.of(s.getScore(), s.getAccess(), s.getSkills(), s.getAttitude()))
                .allSatisfy(v -> assertThat(v).isBetween(0, 100));
    }

    @Property(tries = 500)
    void startDigitalIsShownExactlyWhenItsFourConditionsHold(@ForAll("requests") DiagnosisRequest request) {
        Evaluation evaluation = evaluate(request);
        Profile p = request.profile();
        boolean eligible = p != null && Boolean.TRUE.equals(p.jobSeeker()) && p.age() != null && p.age() > 25
                && Boolean.FALSE.equals(p.upperSecondaryCertificate()) && evaluation.digcomp() == DigcompLevel.A;

        // The contract: "offered if and only if"; the cut to six orientations used to drop it.
        assertThat(evaluation.ranking().stream().anyMatch(o -> o.offer().getKind() == OrientationKind.START_DIGITAL))
                .as("Start Digital shown").isEqualTo(eligible);
        assertThat(evaluation.ranking()).hasSizeLessThanOrEqualTo(6);
    }

    @Property(tries = 300)
    void noOneAtLevelAIsInvitedToVolunteer(@ForAll("requests") DiagnosisRequest request) {
        Evaluation evaluation = evaluate(request);
        if (evaluation.digcomp() == DigcompLevel.A) {
            assertThat(evaluation.ranking()).noneMatch(o -> o.offer().getKind() == OrientationKind.VOLUNTEERING);
        }
    }

    @Property(tries = 300)
    void theRankingIsNumberedFromOneWithNoOfferTwice(@ForAll("requests") DiagnosisRequest request) {
        List<RankedOffer> ranking = evaluate(request).ranking();

        for (int i = 0; i < ranking.size(); i++) {
            assertThat(ranking.get(i).rank()).isEqualTo(i + 1);
            assertThat(ranking.get(i).reasons()).isNotEmpty();
        }
        assertThat(ranking).extracting(r -> r.offer().getId()).doesNotHaveDuplicates();
    }

    @Property(tries = 300)
    void theLevelIsAMonotoneStepFunctionOfTheScore(@ForAll("requests") DiagnosisRequest a,
                                                    @ForAll("requests") DiagnosisRequest b) {
        Evaluation ea = evaluate(a);
        Evaluation eb = evaluate(b);
        int sa = ea.score().getScore();
        int sb = eb.score().getScore();
        if (sa == sb) {
            assertThat(ea.level()).isEqualTo(eb.level());
        } else if (sa < sb) {
            assertThat(ea.level()).isLessThanOrEqualTo(eb.level());
        } else {
            assertThat(ea.level()).isGreaterThanOrEqualTo(eb.level());
        }
    }

    @Property(tries = 500)
    void targetGroupsAreExactlyTheContractDefinitions(@ForAll("requests") DiagnosisRequest request) {
        Set<TargetGroup> expected = EnumSet.noneOf(TargetGroup.class);
        Profile p = request.profile();
        Extended e = request.extended();
        if (p != null) {
            if (Boolean.TRUE.equals(p.jobSeeker())) {
                expected.add(TargetGroup.JOB_SEEKERS);
            }
            if (p.age() != null && p.age() <= 25) {
                expected.add(TargetGroup.YOUTH);
            }
            if (p.age() != null && p.age() >= 60) {
                expected.add(TargetGroup.SENIORS);
            }
            if (p.disabilities() != null && !p.disabilities().isEmpty()) {
                expected.add(TargetGroup.DISABILITY);
            }
            if (Boolean.TRUE.equals(p.cpasBeneficiary()) || Boolean.TRUE.equals(p.homeless())) {
                expected.add(TargetGroup.PRECARIOUS);
            }
            if (p.gender() == Gender.WOMAN) {
                expected.add(TargetGroup.WOMEN);
            }
        }
        if (e != null && e.barriers() != null && e.barriers().contains(Barrier.BUDGET)) {
            expected.add(TargetGroup.PRECARIOUS);
        }

        assertThat(evaluate(request).targetGroups()).containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void theDigcompLevelIsExactlyTheContractDefinition(@ForAll("requests") DiagnosisRequest request) {
        Answers a = request.answers();
        Digcomp digcomp = request.extended() == null ? null : request.extended().digcomp();
        boolean bothAlone = a.email() == Ability.ALONE && a.onlineProcedures() == Ability.ALONE;
        long weak = digcomp == null ? 0 : digcomp.areas().stream().filter(Proficiency::atMostBasic).count();
        long proficient = digcomp == null ? 0 : digcomp.count(Proficiency.PROFICIENT);
        DigcompLevel expected = !bothAlone || weak >= 3 ? DigcompLevel.A : proficient >= 3 ? DigcompLevel.C : DigcompLevel.B;

        assertThat(evaluate(request).digcomp()).isEqualTo(expected);
    }

    /**
     * Urgency rests on the level (urgency.drl: no fragility LOW, some MEDIUM, high or severe HIGH), and only the
     * risk of non-take-up (a procedure the person cannot do, homelessness) raises it above that. It no longer
     * follows the persona: a worse answer could move a person to a persona of lower urgency (issue 12).
     * Monotonicity and "no fragility is never HIGH" are the engine's OrientationGuaranteeProperties.
     */
    @Property(tries = 500)
    void urgencyIsTheLevelsUnlessTheRiskOfNonTakeUpRaisesIt(@ForAll("requests") DiagnosisRequest request) {
        Evaluation evaluation = evaluate(request);
        Urgency ofLevel = switch (evaluation.level()) {
            case NONE -> Urgency.LOW;
            case LOW, MODERATE -> Urgency.MEDIUM;
            case HIGH, SEVERE -> Urgency.HIGH;
        };
        if (evaluation.urgency() != ofLevel) {
            assertThat(evaluation.urgency()).isGreaterThan(ofLevel);
            assertThat(evaluation.firedIds()).containsAnyOf("urgency-procedures-cannot", "urgency-raised-homeless");
        }
    }

    /** Each answer made one step worse, the others unchanged. */
    static List<Answers> worsenedOnce(Answers a) {
        List<Answers> result = new ArrayList<>();
        if (a.device().ordinal() < Device.values().length - 1) {
            result.add(new Answers(Device.values()[a.device().ordinal() + 1], a.internet(), a.email(), a.onlineProcedures()));
        }
        if (a.internet().ordinal() < Internet.values().length - 1) {
            result.add(new Answers(a.device(), Internet.values()[a.internet().ordinal() + 1], a.email(), a.onlineProcedures()));
        }
        if (a.email().ordinal() < Ability.values().length - 1) {
            result.add(new Answers(a.device(), a.internet(), Ability.values()[a.email().ordinal() + 1], a.onlineProcedures()));
        }
        if (a.onlineProcedures().ordinal() < Ability.values().length - 1) {
            result.add(new Answers(a.device(), a.internet(), a.email(), Ability.values()[a.onlineProcedures().ordinal() + 1]));
        }
        return result;
    }
}
