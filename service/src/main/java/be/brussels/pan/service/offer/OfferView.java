package be.brussels.pan.service.offer;

import be.brussels.pan.contract.catalog.Capacity;
import be.brussels.pan.contract.catalog.Fee;
import be.brussels.pan.contract.catalog.Provenance;
import be.brussels.pan.contract.catalog.ScheduleSlot;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.ServiceKind;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.catalog.StructureKind;
import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import java.util.List;

/**
 * One offer as the API returns it: the catalogue service, its structure, the orientation kind of the diagnosis
 * contract, the languages it is given in (the service's, or the structure's when it names none), the distance
 * from the searched postcode when known, and the provenance of both records so that a reader can tell fact
 * (SEED) from interpretation (DERIVED) and illustration (ILLUSTRATIVE, or a field listed in illustrativeFields).
 */
public record OfferView(String id, String structureId, String name, ServiceKind serviceKind, OrientationKind kind,
                        String description, List<TargetGroup> targetGroups, List<String> publics,
                        List<PersonaCode> personae, List<Need> needs, List<String> languages, Integer minimumAge,
                        Integer maximumAge, String eligibility, List<String> conditions, Fee fee,
                        List<ScheduleSlot> schedule, Capacity capacity, List<DigcompLevel> digcompLevels,
                        Provenance provenance, StructureView structure, Double distanceKm) {

    /** The structure offering the service. */
    public record StructureView(String id, String name, StructureKind kind, String description, String postcode,
                                String communeCode, String address, Double lat, Double lon, String phone, String email,
                                String website, String openingHours, Boolean accessible, List<String> languages,
                                List<String> labels, boolean labelledEpn, boolean mobile, boolean atHome,
                                Provenance provenance) {

        static StructureView of(Structure s) {
            return new StructureView(s.id(), s.name(), s.kind(), s.description(), s.postcode(), s.communeCode(),
                    s.address(), s.lat(), s.lon(), s.phone(), s.email(), s.website(), s.openingHours(), s.accessible(),
                    s.languages(), s.labels(), s.isLabelledEpn(), s.mobile(), s.atHome(), s.provenance());
        }
    }

    static OfferView of(Service s, Structure structure, Double distanceKm) {
        return new OfferView(s.id(), s.structureId(), s.name(), s.kind(), s.orientationKind(structure),
                s.description(), s.targetGroups(), s.publics(), s.personae(), s.needs(), languages(s, structure),
                s.minimumAge(), s.maximumAge(), s.eligibility(), s.conditions(), s.fee(), s.schedule(), s.capacity(),
                s.digcompLevels(), s.provenance(), StructureView.of(structure), distanceKm);
    }

    /** The languages the service is given in: its own, or its structure's when it names none. */
    static List<String> languages(Service service, Structure structure) {
        return service.languages().isEmpty() ? structure.languages() : service.languages();
    }
}
