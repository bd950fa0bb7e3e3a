package be.brussels.pan.contract.diagnosis;

import java.util.List;

/** What the caller knows of the person. Every field is optional: missing means unknown, never false. */
public record Profile(Integer age, String postcode, Gender gender, Boolean jobSeeker,
                      Boolean upperSecondaryCertificate, Boolean student, Boolean employed, Boolean retired,
                      Boolean cpasBeneficiary, Boolean homeless, Boolean newcomer, List<Disability> disabilities,
                      Boolean reducedMobility, List<String> languages, Boolean readsWritesFrenchOrDutch) {
}
