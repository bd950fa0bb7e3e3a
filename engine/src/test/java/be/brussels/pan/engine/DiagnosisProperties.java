package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Proficiency;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Service;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the diagnosis over generated requests (diagnosis contract, "Policy definitions"). */
class DiagnosisProperties {

    private static final Set<String> SERVICE_IDS = Engines.DEFAULT.catalog().services().stream()
            .map(Service::id).collect(Collectors.toSet());

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Property(tries = 300)
    void makingOneAnswerWorseNeverLowersTheScore(@ForAll("requests") DiagnosisRequest request) {
        int score = Engines.DEFAULT.diagnose(request).fragility().score();
        for (Answers worse : worsenedOnce(request.answers())) {
            DiagnosisRequest changed = new DiagnosisRequest(request.reference(), request.channel(), request.locale(),
                    worse, request.profile(), request.extended());
            assertThat(Engines.DEFAULT.diagnose(changed).fragility().score())
                    .as("score after worsening %s to %s", request.answers(), worse)
                    .isGreaterThanOrEqualTo(score);
        }
    }

    @Property(tries = 200)
    void theSameRequestGivesTheSameResponse(@ForAll("requests") DiagnosisRequest request) {
        assertThat(Engines.DEFAULT.diagnose(request)).isEqualTo(Engines.DEFAULT.diagnose(request));
    }

    @Property(tries = 500)
    void everyValidRequestGetsACompleteResponse(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);

        assertThat(response.id()).isNull();
        assertThat(response.ruleBaseVersion()).isEqualTo(Engines.DEFAULT.ruleBaseVersion());
        DiagnosisResponse.Dimensions d = response.fragility().dimensions();
        assertThat(List.of(response.fragility().score(), d.access(), d.skills(), d.attitude()))
                .allSatisfy(v -> assertThat(v).isBetween(0, 100));
        assertThat(response.persona().match()).isBetween(0.0, 1.0);
        assertThat(response.persona().alternatives()).hasSize(4)
                .allSatisfy(a -> assertThat(a.match()).isBetween(0.0, response.persona().match()));
        assertThat(response.persona().alternatives()).extracting(DiagnosisResponse.Alternative::match)
                .isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(response.explanation()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotContain("{"))
                .allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Property(tries = 500)
    void everyOrientationIsACatalogueRecordWithAReason(@ForAll("requests") DiagnosisRequest request) {
        List<DiagnosisResponse.Orientation> orientations = Engines.DEFAULT.diagnose(request).orientations();

        for (int i = 0; i < orientations.size(); i++) {
            DiagnosisResponse.Orientation o = orientations.get(i);
            assertThat(o.rank()).isEqualTo(i + 1);
            assertThat(SERVICE_IDS).contains(o.offerId());
            assertThat(o.reasons()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.text()).isNotBlank().doesNotContain("{"));
        }
        assertThat(orientations).extracting(DiagnosisResponse.Orientation::offerId).doesNotHaveDuplicates();
    }

    @Property(tries = 500)
    void startDigitalIsShownExactlyWhenItsFourConditionsHold(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        Profile p = request.profile();
        boolean eligible = p != null && Boolean.TRUE.equals(p.jobSeeker()) && p.age() != null && p.age() > 25
                && Boolean.FALSE.equals(p.upperSecondaryCertificate()) && response.digcompLevel() == DigcompLevel.A;

        // The contract: "offered if and only if"; the cut to six orientations used to drop it.
        assertThat(response.orientations().stream().anyMatch(o -> o.kind() == be.brussels.pan.contract.diagnosis.OrientationKind.START_DIGITAL))
                .as("Start Digital shown").isEqualTo(eligible);
        assertThat(response.orientations()).hasSizeLessThanOrEqualTo(6);
    }

    @Property(tries = 300)
    void noOneAtLevelAIsInvitedToVolunteer(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        if (response.digcompLevel() == DigcompLevel.A) {
            assertThat(response.orientations()).noneMatch(o -> o.kind() == be.brussels.pan.contract.diagnosis.OrientationKind.VOLUNTEERING);
        }
    }

    @Property(tries = 300)
    void theLevelIsAMonotoneStepFunctionOfTheScore(@ForAll("requests") DiagnosisRequest a,
                                                    @ForAll("requests") DiagnosisRequest b) {
        DiagnosisResponse.Fragility fa = Engines.DEFAULT.diagnose(a).fragility();
        DiagnosisResponse.Fragility fb = Engines.DEFAULT.diagnose(b).fragility();
        if (fa.score() == fb.score()) {
            assertThat(fa.level()).isEqualTo(fb.level());
        } else if (fa.score() < fb.score()) {
            assertThat(fa.level()).isLessThanOrEqualTo(fb.level());
        } else {
            assertThat(fa.level()).isGreaterThanOrEqualTo(fb.level());
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

        assertThat(Engines.DEFAULT.diagnose(request).targetGroups()).containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void theDigcompLevelIsExactlyTheContractDefinition(@ForAll("requests") DiagnosisRequest request) {
        Answers a = request.answers();
        Digcomp digcomp = request.extended() == null ? null : request.extended().digcomp();
        boolean bothAlone = a.email() == Ability.ALONE && a.onlineProcedures() == Ability.ALONE;
        long weak = digcomp == null ? 0 : digcomp.areas().stream().filter(Proficiency::atMostBasic).count();
        long proficient = digcomp == null ? 0 : digcomp.count(Proficiency.PROFICIENT);
        DigcompLevel expected = !bothAlone || weak >= 3 ? DigcompLevel.A : proficient >= 3 ? DigcompLevel.C : DigcompLevel.B;

        assertThat(Engines.DEFAULT.diagnose(request).digcompLevel()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void urgencyIsThePersonasUnlessARuleRaisesIt(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        Urgency ofPersona = switch (response.persona().code()) {
            case ESTEBAN, LOUIS -> Urgency.HIGH;
            case NOEMIE, ANNE -> Urgency.MEDIUM;
            case BENOIT -> Urgency.LOW;
        };
        if (response.urgency() != ofPersona) {
            assertThat(response.urgency()).isGreaterThan(ofPersona);
            assertThat(response.explanation()).extracting(DiagnosisResponse.Explanation::rule)
                    .anySatisfy(rule -> assertThat(rule).startsWith("urgency-raised"));
        }
    }

    /** Each answer made one step worse, the others unchanged. */
    static List<Answers> worsenedOnce(Answers a) {
        List<Answers> result = new java.util.ArrayList<>();
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
