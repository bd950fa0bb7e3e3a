package be.brussels.pan.diagnosis;

/** The persona the person is closest to. */
public final class PersonaChoice {
    private final PersonaCode code;
    private final double match;

    public PersonaChoice(PersonaCode code, double match) {
        this.code = code;
        this.match = match;
    }

    public PersonaCode getCode() { return code; }
    public double getMatch() { return match; }
}
