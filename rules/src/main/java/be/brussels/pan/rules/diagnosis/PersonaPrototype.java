package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.PersonaCode;

/**
 * A persona as a point to compare people with: its three dimensions (0–100), age and situation where the
 * seed gives them, and whether reading or the language is a barrier. The values are written in
 * personae.drl next to the seed lines they come from.
 */
public final class PersonaPrototype {
    private final PersonaCode code;
    private final int access;
    private final int skills;
    private final int attitude;
    private final Integer age;
    private final Situation situation;
    private final Boolean literacyOrLanguageBarrier;

    public PersonaPrototype(PersonaCode code, int access, int skills, int attitude, Integer age,
                            Situation situation, Boolean literacyOrLanguageBarrier) {
        this.code = code;
        this.access = access;
        this.skills = skills;
        this.attitude = attitude;
        this.age = age;
        this.situation = situation;
        this.literacyOrLanguageBarrier = literacyOrLanguageBarrier;
    }

    public PersonaCode getCode() { return code; }
    public int getAccess() { return access; }
    public int getSkills() { return skills; }
    public int getAttitude() { return attitude; }
    public Integer getAge() { return age; }
    public Situation getSituation() { return situation; }
    public Boolean getLiteracyOrLanguageBarrier() { return literacyOrLanguageBarrier; }
}
