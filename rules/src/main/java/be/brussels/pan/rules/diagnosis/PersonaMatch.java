package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.PersonaCode;

/** How close the person is to one persona, in [0, 1]. */
public final class PersonaMatch {
    private final PersonaCode code;
    private final double match;

    public PersonaMatch(PersonaCode code, double match) {
        this.code = code;
        this.match = match;
    }

    public PersonaCode getCode() { return code; }
    public double getMatch() { return match; }
}
