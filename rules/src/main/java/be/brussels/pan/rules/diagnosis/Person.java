package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.Digcomp;
import be.brussels.pan.contract.diagnosis.Disability;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Interest;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.Stress;
import java.util.Set;

/**
 * The person being diagnosed, as the rules see it: the four answers, the optional profile and the optional
 * extended answers, flattened into one fact. Every optional field is {@code null} when unknown, never
 * {@code false}: the rules test {@code == true} or {@code == false} explicitly. No name, no identifier.
 */
public final class Person {

    private final Device device;
    private final Internet internet;
    private final Ability email;
    private final Ability onlineProcedures;

    private final Integer age;
    private final String postcode;
    private final String communeCode;
    private final Gender gender;
    private final Boolean jobSeeker;
    private final Boolean upperSecondaryCertificate;
    private final Boolean student;
    private final Boolean employed;
    private final Boolean retired;
    private final Boolean cpasBeneficiary;
    private final Boolean homeless;
    private final Boolean newcomer;
    private final Set<Disability> disabilities;
    private final Boolean reducedMobility;
    private final Set<String> languages;
    private final Boolean readsWritesFrenchOrDutch;
    private final Boolean parentOfSchoolChild;
    private final Boolean socialHousingTenant;

    private final Interest interest;
    private final Stress stress;
    private final Boolean knowsSupportOffer;
    private final Boolean helpAtHome;
    private final Digcomp digcomp;
    private final Set<Barrier> barriers;
    private final Set<Need> needs;

    private Person(Builder b) {
        this.device = b.device;
        this.internet = b.internet;
        this.email = b.email;
        this.onlineProcedures = b.onlineProcedures;
        this.age = b.age;
        this.postcode = b.postcode;
        this.communeCode = b.communeCode;
        this.gender = b.gender;
        this.jobSeeker = b.jobSeeker;
        this.upperSecondaryCertificate = b.upperSecondaryCertificate;
        this.student = b.student;
        this.employed = b.employed;
        this.retired = b.retired;
        this.cpasBeneficiary = b.cpasBeneficiary;
        this.homeless = b.homeless;
        this.newcomer = b.newcomer;
        this.disabilities = b.disabilities == null ? Set.of() : Set.copyOf(b.disabilities);
        this.reducedMobility = b.reducedMobility;
        this.languages = b.languages == null ? Set.of() : Set.copyOf(b.languages);
        this.readsWritesFrenchOrDutch = b.readsWritesFrenchOrDutch;
        this.parentOfSchoolChild = b.parentOfSchoolChild;
        this.socialHousingTenant = b.socialHousingTenant;
        this.interest = b.interest;
        this.stress = b.stress;
        this.knowsSupportOffer = b.knowsSupportOffer;
        this.helpAtHome = b.helpAtHome;
        this.digcomp = b.digcomp;
        this.barriers = b.barriers == null ? Set.of() : Set.copyOf(b.barriers);
        this.needs = b.needs == null ? Set.of() : Set.copyOf(b.needs);
    }

    public static Builder builder(Device device, Internet internet, Ability email, Ability onlineProcedures) {
        return new Builder(device, internet, email, onlineProcedures);
    }

    public Device getDevice() { return device; }
    public Internet getInternet() { return internet; }
    public Ability getEmail() { return email; }
    public Ability getOnlineProcedures() { return onlineProcedures; }
    public Integer getAge() { return age; }
    public String getPostcode() { return postcode; }
    /** NIS code of the Brussels commune of the postcode; null when unknown or outside the region. */
    public String getCommuneCode() { return communeCode; }
    public Gender getGender() { return gender; }
    public Boolean getJobSeeker() { return jobSeeker; }
    public Boolean getUpperSecondaryCertificate() { return upperSecondaryCertificate; }
    public Boolean getStudent() { return student; }
    public Boolean getEmployed() { return employed; }
    public Boolean getRetired() { return retired; }
    public Boolean getCpasBeneficiary() { return cpasBeneficiary; }
    public Boolean getHomeless() { return homeless; }
    public Boolean getNewcomer() { return newcomer; }
    public Set<Disability> getDisabilities() { return disabilities; }
    public Boolean getReducedMobility() { return reducedMobility; }
    public Set<String> getLanguages() { return languages; }
    public Boolean getReadsWritesFrenchOrDutch() { return readsWritesFrenchOrDutch; }
    public Boolean getParentOfSchoolChild() { return parentOfSchoolChild; }
    public Boolean getSocialHousingTenant() { return socialHousingTenant; }
    public Interest getInterest() { return interest; }
    public Stress getStress() { return stress; }
    public Boolean getKnowsSupportOffer() { return knowsSupportOffer; }
    public Boolean getHelpAtHome() { return helpAtHome; }
    public Digcomp getDigcomp() { return digcomp; }
    public Set<Barrier> getBarriers() { return barriers; }
    public Set<Need> getNeeds() { return needs; }

    public boolean hasBarrier(Barrier barrier) { return barriers.contains(barrier); }

    /**
     * Whether reading or the language stands between the person and help: they do not read or write French
     * or Dutch, or they name reading or the language as a barrier (seed L1530, L661-669). Null when it is
     * not known. One definition for the persona match and for the literacy-support rule.
     */
    public Boolean getLiteracyOrLanguageBarrier() {
        if (Boolean.FALSE.equals(readsWritesFrenchOrDutch) || hasBarrier(Barrier.READING) || hasBarrier(Barrier.LANGUAGE)) {
            return true;
        }
        return readsWritesFrenchOrDutch == null ? null : false;
    }

    /**
     * Whether the person speaks neither French nor Dutch, from the languages they stated: null when they
     * stated none (unknown), never assumed from anything else.
     */
    public Boolean getSpeaksNeitherFrenchNorDutch() {
        if (languages.isEmpty()) {
            return null;
        }
        return !languages.contains("fr") && !languages.contains("nl");
    }

    /** Both screening tasks done alone: the only answers compatible with level B or C. */
    public boolean isAutonomousOnBothTasks() {
        return email == Ability.ALONE && onlineProcedures == Ability.ALONE;
    }

    public static final class Builder {
        private final Device device;
        private final Internet internet;
        private final Ability email;
        private final Ability onlineProcedures;
        private Integer age;
        private String postcode;
        private String communeCode;
        private Gender gender;
        private Boolean jobSeeker;
        private Boolean upperSecondaryCertificate;
        private Boolean student;
        private Boolean employed;
        private Boolean retired;
        private Boolean cpasBeneficiary;
        private Boolean homeless;
        private Boolean newcomer;
        private Set<Disability> disabilities;
        private Boolean reducedMobility;
        private Set<String> languages;
        private Boolean readsWritesFrenchOrDutch;
        private Boolean parentOfSchoolChild;
        private Boolean socialHousingTenant;
        private Interest interest;
        private Stress stress;
        private Boolean knowsSupportOffer;
        private Boolean helpAtHome;
        private Digcomp digcomp;
        private Set<Barrier> barriers;
        private Set<Need> needs;

        private Builder(Device device, Internet internet, Ability email, Ability onlineProcedures) {
            this.device = java.util.Objects.requireNonNull(device, "answers.device");
            this.internet = java.util.Objects.requireNonNull(internet, "answers.internet");
            this.email = java.util.Objects.requireNonNull(email, "answers.email");
            this.onlineProcedures = java.util.Objects.requireNonNull(onlineProcedures, "answers.onlineProcedures");
        }

        public Builder age(Integer v) { age = v; return this; }
        public Builder postcode(String v) { postcode = v; return this; }
        public Builder communeCode(String v) { communeCode = v; return this; }
        public Builder gender(Gender v) { gender = v; return this; }
        public Builder jobSeeker(Boolean v) { jobSeeker = v; return this; }
        public Builder upperSecondaryCertificate(Boolean v) { upperSecondaryCertificate = v; return this; }
        public Builder student(Boolean v) { student = v; return this; }
        public Builder employed(Boolean v) { employed = v; return this; }
        public Builder retired(Boolean v) { retired = v; return this; }
        public Builder cpasBeneficiary(Boolean v) { cpasBeneficiary = v; return this; }
        public Builder homeless(Boolean v) { homeless = v; return this; }
        public Builder newcomer(Boolean v) { newcomer = v; return this; }
        public Builder disabilities(Set<Disability> v) { disabilities = v; return this; }
        public Builder reducedMobility(Boolean v) { reducedMobility = v; return this; }
        public Builder languages(Set<String> v) { languages = v; return this; }
        public Builder readsWritesFrenchOrDutch(Boolean v) { readsWritesFrenchOrDutch = v; return this; }
        public Builder parentOfSchoolChild(Boolean v) { parentOfSchoolChild = v; return this; }
        public Builder socialHousingTenant(Boolean v) { socialHousingTenant = v; return this; }
        public Builder interest(Interest v) { interest = v; return this; }
        public Builder stress(Stress v) { stress = v; return this; }
        public Builder knowsSupportOffer(Boolean v) { knowsSupportOffer = v; return this; }
        public Builder helpAtHome(Boolean v) { helpAtHome = v; return this; }
        public Builder digcomp(Digcomp v) { digcomp = v; return this; }
        public Builder barriers(Set<Barrier> v) { barriers = v; return this; }
        public Builder needs(Set<Need> v) { needs = v; return this; }

        public Person build() { return new Person(this); }
    }
}
