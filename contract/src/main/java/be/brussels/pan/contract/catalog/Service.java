package be.brussels.pan.contract.catalog;

import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import java.util.List;

/** What a structure offers. Languages default to the structure's when empty. */
public record Service(String id, String structureId, String name, ServiceKind kind, String description,
                      List<TargetGroup> targetGroups, List<String> publics, List<PersonaCode> personae,
                      List<Need> needs, List<String> languages, Integer minimumAge, Integer maximumAge,
                      String eligibility, List<String> conditions, Fee fee, List<ScheduleSlot> schedule,
                      Capacity capacity, List<DigcompLevel> digcompLevels, Provenance provenance) {

    public Service {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        publics = publics == null ? List.of() : List.copyOf(publics);
        personae = personae == null ? List.of() : List.copyOf(personae);
        needs = needs == null ? List.of() : List.copyOf(needs);
        languages = languages == null ? List.of() : List.copyOf(languages);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        digcompLevels = digcompLevels == null ? List.of() : List.copyOf(digcompLevels);
    }

    /**
     * The orientation this service gives when offered at {@code structure}: Start Digital, equipment, social
     * support and volunteering by the service's kind; an activity (workshop, permanence, free access) at a
     * labelled EPN is an EPN orientation, elsewhere a partner orientation.
     */
    public OrientationKind orientationKind(Structure structure) {
        return switch (kind) {
            case START_DIGITAL -> OrientationKind.START_DIGITAL;
            case EQUIPMENT -> OrientationKind.EQUIPMENT;
            case SOCIAL_SUPPORT -> OrientationKind.SOCIAL_SUPPORT;
            case VOLUNTEERING -> OrientationKind.VOLUNTEERING;
            case WORKSHOP, PERMANENCE, FREE_ACCESS ->
                    structure.kind() == StructureKind.EPN && structure.isLabelledEpn()
                            ? OrientationKind.EPN : OrientationKind.PARTNER;
        };
    }
}
