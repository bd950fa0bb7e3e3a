package be.brussels.pan.contract.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void aBuilderLeavesEveryFieldItIsNotToldUnknown() {
        Profile profile = Profile.builder().age(70).retired(true).build();

        assertThat(profile).isEqualTo(new Profile(70, null, null, null, null, null, null, true, null, null, null,
                null, null, null, null, null, null));
    }

    @Test
    void eachBuilderMethodSetsItsOwnField() {
        Profile profile = Profile.builder().age(57).postcode("1080").gender(Gender.MAN).jobSeeker(true)
                .upperSecondaryCertificate(false).student(false).employed(false).retired(false)
                .cpasBeneficiary(true).homeless(false).newcomer(true).disabilities(Disability.VISUAL)
                .reducedMobility(false).languages("ar", "fr").readsWritesFrenchOrDutch(false)
                .parentOfSchoolChild(true).socialHousingTenant(false).build();

        assertThat(profile).isEqualTo(new Profile(57, "1080", Gender.MAN, true, false, false, false, false, true,
                false, true, List.of(Disability.VISUAL), false, List.of("ar", "fr"), false, true, false));
    }

    @Test
    void toBuilderCopiesEveryFieldAndChangesOnlyWhatItIsTold() {
        Profile profile = new Profile(57, "1080", Gender.MAN, true, false, false, false, false, true, false, true,
                List.of(Disability.HEARING), false, List.of("ar"), false, true, null);

        assertThat(profile.toBuilder().build()).isEqualTo(profile);
        assertThat(profile.toBuilder().age(58).build())
                .isEqualTo(new Profile(58, "1080", Gender.MAN, true, false, false, false, false, true, false, true,
                        List.of(Disability.HEARING), false, List.of("ar"), false, true, null));
    }
}
