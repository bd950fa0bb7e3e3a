package be.brussels.pan.contract.diagnosis;

import java.util.List;

/**
 * What the caller knows of the person. Every field is optional: missing means unknown, never false.
 *
 * <p>Fifteen positional fields read badly at a call site, so code builds a profile by naming what it knows:
 * {@code Profile.builder().age(70).postcode("1140").retired(true).build()}; every field not named stays
 * unknown (null). The canonical constructor stays for Jackson and for code that copies a whole profile.
 */
public record Profile(Integer age, String postcode, Gender gender, Boolean jobSeeker,
                      Boolean upperSecondaryCertificate, Boolean student, Boolean employed, Boolean retired,
                      Boolean cpasBeneficiary, Boolean homeless, Boolean newcomer, List<Disability> disabilities,
                      Boolean reducedMobility, List<String> languages, Boolean readsWritesFrenchOrDutch,
                      Boolean parentOfSchoolChild, Boolean socialHousingTenant) {

    /** A builder whose fields all start unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this profile's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder().age(age).postcode(postcode).gender(gender).jobSeeker(jobSeeker)
                .upperSecondaryCertificate(upperSecondaryCertificate).student(student).employed(employed)
                .retired(retired).cpasBeneficiary(cpasBeneficiary).homeless(homeless).newcomer(newcomer)
                .disabilities(disabilities).reducedMobility(reducedMobility).languages(languages)
                .readsWritesFrenchOrDutch(readsWritesFrenchOrDutch).parentOfSchoolChild(parentOfSchoolChild)
                .socialHousingTenant(socialHousingTenant);
    }

    /** Names each known field of a {@link Profile}; a field never named stays null (unknown). */
    public static final class Builder {
        private Integer age;
        private String postcode;
        private Gender gender;
        private Boolean jobSeeker;
        private Boolean upperSecondaryCertificate;
        private Boolean student;
        private Boolean employed;
        private Boolean retired;
        private Boolean cpasBeneficiary;
        private Boolean homeless;
        private Boolean newcomer;
        private List<Disability> disabilities;
        private Boolean reducedMobility;
        private List<String> languages;
        private Boolean readsWritesFrenchOrDutch;
        private Boolean parentOfSchoolChild;
        private Boolean socialHousingTenant;

        private Builder() {
        }

        public Builder age(Integer value) {
            this.age = value;
            return this;
        }

        public Builder postcode(String value) {
            this.postcode = value;
            return this;
        }

        public Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        public Builder jobSeeker(Boolean value) {
            this.jobSeeker = value;
            return this;
        }

        public Builder upperSecondaryCertificate(Boolean value) {
            this.upperSecondaryCertificate = value;
            return this;
        }

        public Builder student(Boolean value) {
            this.student = value;
            return this;
        }

        public Builder employed(Boolean value) {
            this.employed = value;
            return this;
        }

        public Builder retired(Boolean value) {
            this.retired = value;
            return this;
        }

        public Builder cpasBeneficiary(Boolean value) {
            this.cpasBeneficiary = value;
            return this;
        }

        public Builder homeless(Boolean value) {
            this.homeless = value;
            return this;
        }

        public Builder newcomer(Boolean value) {
            this.newcomer = value;
            return this;
        }

        public Builder disabilities(List<Disability> value) {
            this.disabilities = value;
            return this;
        }

        public Builder disabilities(Disability... values) {
            return disabilities(List.of(values));
        }

        public Builder reducedMobility(Boolean value) {
            this.reducedMobility = value;
            return this;
        }

        public Builder languages(List<String> value) {
            this.languages = value;
            return this;
        }

        public Builder languages(String... values) {
            return languages(List.of(values));
        }

        public Builder readsWritesFrenchOrDutch(Boolean value) {
            this.readsWritesFrenchOrDutch = value;
            return this;
        }

        /** Optional since contract 1.1: a parent of a child of school age (offers reserved to parents). */
        public Builder parentOfSchoolChild(Boolean value) {
            this.parentOfSchoolChild = value;
            return this;
        }

        /** Optional since contract 1.1: a tenant of social housing (offers reserved to its tenants). */
        public Builder socialHousingTenant(Boolean value) {
            this.socialHousingTenant = value;
            return this;
        }

        public Profile build() {
            return new Profile(age, postcode, gender, jobSeeker, upperSecondaryCertificate, student, employed,
                    retired, cpasBeneficiary, homeless, newcomer, disabilities, reducedMobility, languages,
                    readsWritesFrenchOrDutch, parentOfSchoolChild, socialHousingTenant);
        }
    }
}
