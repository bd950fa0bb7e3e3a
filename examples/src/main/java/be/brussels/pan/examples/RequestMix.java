package be.brussels.pan.examples;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible mix of requests for benchmarks: a third with the four answers only, a third with a
 * profile, a third with a profile and the extended answers, over the 19 communes' postcodes.
 */
public final class RequestMix {

    private static final String[] POSTCODES = {"1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080",
            "1081", "1082", "1083", "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190",
            "1200", "1210", "1300", "4000"};
    private static final String[] LANGUAGES = {"fr", "nl", "ar", "en", "tr", "es"};

    private RequestMix() {
    }

    public static List<DiagnosisRequest> of(int size, long seed) {
        Random random = new Random(seed);
        List<DiagnosisRequest> requests = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Answers answers = new Answers(pick(random, Device.values()), pick(random, Internet.values()),
                    pick(random, Ability.values()), pick(random, Ability.values()));
            Profile profile = i % 3 == 0 ? null : profile(random);
            Extended extended = i % 3 == 2 ? extended(random) : null;
            requests.add(new DiagnosisRequest("bench-" + i, pick(random, Channel.values()),
                    pick(random, new String[]{"fr", "nl", "en"}), answers, profile, extended));
        }
        return requests;
    }

    private static Profile profile(Random r) {
        List<Disability> disabilities = r.nextInt(8) == 0 ? List.of(pick(r, Disability.values())) : List.of();
        // The draws run in the order of the contract's fields, as they did with the positional constructor, so
        // that a seed gives the same requests as before.
        return Profile.builder().age(16 + r.nextInt(70)).postcode(pick(r, POSTCODES)).gender(pick(r, Gender.values()))
                .jobSeeker(r.nextBoolean()).upperSecondaryCertificate(r.nextBoolean()).student(r.nextInt(5) == 0)
                .employed(r.nextInt(3) == 0).retired(r.nextInt(6) == 0).cpasBeneficiary(r.nextInt(4) == 0)
                .homeless(r.nextInt(20) == 0).newcomer(r.nextInt(8) == 0).disabilities(disabilities)
                .reducedMobility(r.nextInt(10) == 0)
                .languages(List.of("fr", pick(r, LANGUAGES)).stream().distinct().toList())
                .readsWritesFrenchOrDutch(r.nextInt(5) != 0).build();
    }

    private static Extended extended(Random r) {
        Digcomp digcomp = new Digcomp(pick(r, Proficiency.values()), pick(r, Proficiency.values()),
                pick(r, Proficiency.values()), pick(r, Proficiency.values()), pick(r, Proficiency.values()));
        List<Barrier> barriers = r.nextBoolean() ? List.of(pick(r, Barrier.values())) : List.of();
        List<Need> needs = List.of(pick(r, Need.values()), pick(r, Need.values())).stream().distinct().toList();
        return new Extended(pick(r, Interest.values()), pick(r, Stress.values()), r.nextBoolean(), r.nextBoolean(),
                digcomp, barriers, needs);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
