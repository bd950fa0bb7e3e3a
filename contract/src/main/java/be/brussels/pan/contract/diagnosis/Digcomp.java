package be.brussels.pan.contract.diagnosis;

import java.util.Arrays;
import java.util.List;

/**
 * A DigComp self-assessment over the five areas. Every area is required when the block is given; the
 * engine's request validator rejects a missing area, naming it, before the rules see it.
 */
public record Digcomp(Proficiency information, Proficiency communication, Proficiency contentCreation,
                      Proficiency safety, Proficiency problemSolving) {

    public List<Proficiency> areas() {
        return Arrays.asList(information, communication, contentCreation, safety, problemSolving);
    }

    public int count(Proficiency proficiency) {
        return (int) areas().stream().filter(p -> p == proficiency).count();
    }

    /** Areas at NONE or BASIC: the contract's "basic user" areas. */
    public int getAreasAtMostBasic() {
        return (int) areas().stream().filter(Proficiency::atMostBasic).count();
    }

    public int getAreasProficient() {
        return count(Proficiency.PROFICIENT);
    }

    public int getAreasNone() {
        return count(Proficiency.NONE);
    }

    public int getAreasBasic() {
        return count(Proficiency.BASIC);
    }
}
