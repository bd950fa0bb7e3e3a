package be.brussels.pan.rules.run;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of valid diagnosis requests, from the four answers alone to a full profile and extended part. */
public final class RequestArbitraries {

    private static final List<String> POSTCODES = List.of("1000", "1020", "1030", "1040", "1050", "1060", "1070",
            "1080", "1081", "1082", "1083", "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180",
            "1190", "1200", "1210", "1300", "4000", "9000");

    private RequestArbitraries() {
    }

    public static Arbitrary<Answers> answers() {
        return Combinators.combine(Arbitraries.of(Device.class), Arbitraries.of(Internet.class),
                Arbitraries.of(Ability.class), Arbitraries.of(Ability.class)).as(Answers::new);
    }

    public static Arbitrary<Profile> profiles() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.3);
        return Builders.withBuilder(ProfileBuilder::new)
                .use(Arbitraries.integers().between(0, 120).injectNull(0.2)).in((b, v) -> { b.age = v; return b; })
                .use(Arbitraries.of(POSTCODES).injectNull(0.2)).in((b, v) -> { b.postcode = v; return b; })
                .use(Arbitraries.of(Gender.class).injectNull(0.2)).in((b, v) -> { b.gender = v; return b; })
                .use(flag).in((b, v) -> { b.jobSeeker = v; return b; })
                .use(flag).in((b, v) -> { b.certificate = v; return b; })
                .use(flag).in((b, v) -> { b.student = v; return b; })
                .use(flag).in((b, v) -> { b.employed = v; return b; })
                .use(flag).in((b, v) -> { b.retired = v; return b; })
                .use(flag).in((b, v) -> { b.cpas = v; return b; })
                .use(flag).in((b, v) -> { b.homeless = v; return b; })
                .use(flag).in((b, v) -> { b.newcomer = v; return b; })
                .use(Arbitraries.of(Disability.class).list().ofMaxSize(2).injectNull(0.3)).in((b, v) -> { b.disabilities = v; return b; })
                .use(flag).in((b, v) -> { b.reducedMobility = v; return b; })
                .use(Arbitraries.of("fr", "nl", "en", "ar", "tr", "es").list().uniqueElements().ofMaxSize(3).injectNull(0.3))
                .in((b, v) -> { b.languages = v; return b; })
                .use(flag).in((b, v) -> { b.readsWrites = v; return b; })
                .use(flag).in((b, v) -> { b.parent = v; return b; })
                .use(flag).in((b, v) -> { b.socialHousing = v; return b; })
                .build(ProfileBuilder::build);
    }

    public static Arbitrary<Digcomp> digcomps() {
        Arbitrary<Proficiency> p = Arbitraries.of(Proficiency.class);
        return Combinators.combine(p, p, p, p, p).as(Digcomp::new);
    }

    public static Arbitrary<Extended> extendeds() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.3);
        return Combinators.combine(Arbitraries.of(Interest.class).injectNull(0.2), Arbitraries.of(Stress.class).injectNull(0.2),
                        flag, flag, digcomps().injectNull(0.4),
                        Arbitraries.of(Barrier.class).list().uniqueElements().ofMaxSize(3).injectNull(0.3),
                        Arbitraries.of(Need.class).list().uniqueElements().ofMaxSize(3).injectNull(0.3))
                .as(Extended::new);
    }

    public static Arbitrary<DiagnosisRequest> requests() {
        Arbitrary<String> reference = Arbitraries.strings().withChars("ABCxyz019._-").ofMinLength(1).ofMaxLength(20).injectNull(0.5);
        return Combinators.combine(reference, Arbitraries.of(Channel.class).injectNull(0.3),
                        Arbitraries.of("fr", "nl", "en").injectNull(0.3), answers(), profiles().injectNull(0.3),
                        extendeds().injectNull(0.5))
                .as(DiagnosisRequest::new);
    }

    static final class ProfileBuilder {
        Integer age;
        String postcode;
        Gender gender;
        Boolean jobSeeker;
        Boolean certificate;
        Boolean student;
        Boolean employed;
        Boolean retired;
        Boolean cpas;
        Boolean homeless;
        Boolean newcomer;
        List<Disability> disabilities;
        Boolean reducedMobility;
        List<String> languages;
        Boolean readsWrites;
        Boolean parent;
        Boolean socialHousing;

        Profile build() {
            return Profile.builder().age(age).postcode(postcode).gender(gender).jobSeeker(jobSeeker)
                    .upperSecondaryCertificate(certificate).student(student).employed(employed)
                    .retired(retired).cpasBeneficiary(cpas).homeless(homeless).newcomer(newcomer)
                    .disabilities(disabilities).reducedMobility(reducedMobility).languages(languages)
                    .readsWritesFrenchOrDutch(readsWrites).parentOfSchoolChild(parent)
                    .socialHousingTenant(socialHousing).build();
        }
    }
}
