package be.brussels.pan.rules.run;

import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.Extended;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.rules.diagnosis.Person;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import java.util.HashSet;

/** Turns a validated request into the single fact the rules reason on (contract enums map one to one). */
final class PersonMapper {

    private PersonMapper() {
    }

    static Person toPerson(DiagnosisRequest request, Communes communes) {
        Answers a = request.answers();
        Person.Builder b = Person.builder(a.device(), a.internet(), a.email(), a.onlineProcedures());
        Profile p = request.profile();
        if (p != null) {
            b.age(p.age()).postcode(p.postcode())
                    .communeCode(communes.byPostcode(p.postcode()).map(Commune::code).orElse(null))
                    .gender(p.gender()).jobSeeker(p.jobSeeker())
                    .upperSecondaryCertificate(p.upperSecondaryCertificate()).student(p.student())
                    .employed(p.employed()).retired(p.retired()).cpasBeneficiary(p.cpasBeneficiary())
                    .homeless(p.homeless()).newcomer(p.newcomer())
                    .disabilities(p.disabilities() == null ? null : new HashSet<>(p.disabilities()))
                    .reducedMobility(p.reducedMobility())
                    .languages(p.languages() == null ? null : new HashSet<>(p.languages()))
                    .readsWritesFrenchOrDutch(p.readsWritesFrenchOrDutch())
                    .parentOfSchoolChild(p.parentOfSchoolChild()).socialHousingTenant(p.socialHousingTenant());
        }
        Extended e = request.extended();
        if (e != null) {
            b.interest(e.interest()).stress(e.stress()).knowsSupportOffer(e.knowsSupportOffer())
                    .helpAtHome(e.helpAtHome()).digcomp(e.digcomp())
                    .barriers(e.barriers() == null ? null : new HashSet<>(e.barriers()))
                    .needs(e.needs() == null ? null : new HashSet<>(e.needs()));
        }
        return b.build();
    }
}
