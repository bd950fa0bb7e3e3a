package be.brussels.pan.contract.diagnosis;

/**
 * The kinds of orientation of the diagnosis contract. Which kind a catalogue service gives is the catalogue's
 * to say ({@code Service.orientationKind(Structure)}), so that the diagnosis contract does not depend on the
 * catalogue's records.
 */
public enum OrientationKind {
    START_DIGITAL, EPN, PARTNER, EQUIPMENT, SOCIAL_SUPPORT, VOLUNTEERING
}
