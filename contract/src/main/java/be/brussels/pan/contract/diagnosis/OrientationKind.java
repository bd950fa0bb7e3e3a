package be.brussels.pan.contract.diagnosis;

import be.brussels.pan.contract.catalog.ServiceKind;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.catalog.StructureKind;

/** The kinds of orientation of the diagnosis contract. */
public enum OrientationKind {
    START_DIGITAL, EPN, PARTNER, EQUIPMENT, SOCIAL_SUPPORT, VOLUNTEERING;

    /**
     * The orientation a catalogue service gives: Start Digital, equipment, social support and volunteering
     * by the service's kind; an activity (workshop, permanence, free access) at a labelled EPN is an EPN
     * orientation, elsewhere a partner orientation.
     */
    public static OrientationKind of(ServiceKind service, Structure structure) {
        return switch (service) {
            case START_DIGITAL -> START_DIGITAL;
            case EQUIPMENT -> EQUIPMENT;
            case SOCIAL_SUPPORT -> SOCIAL_SUPPORT;
            case VOLUNTEERING -> VOLUNTEERING;
            case WORKSHOP, PERMANENCE, FREE_ACCESS ->
                    structure.kind() == StructureKind.EPN && structure.isLabelledEpn() ? EPN : PARTNER;
        };
    }
}
