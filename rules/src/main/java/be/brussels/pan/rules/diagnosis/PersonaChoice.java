package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.PersonaCode;
import java.util.List;

/** The persona the person is closest to, with every persona's match, closest first. */
public final class PersonaChoice {
    private final PersonaCode code;
    private final double match;
    private final List<PersonaMatch> matches;

    public PersonaChoice(PersonaCode code, double match, List<PersonaMatch> matches) {
        this.code = code;
        this.match = match;
        this.matches = List.copyOf(matches);
    }

    public PersonaCode getCode() { return code; }
    public double getMatch() { return match; }
    public List<PersonaMatch> getMatches() { return matches; }
}
