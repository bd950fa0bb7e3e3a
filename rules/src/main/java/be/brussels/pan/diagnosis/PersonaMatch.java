package be.brussels.pan.diagnosis;

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
