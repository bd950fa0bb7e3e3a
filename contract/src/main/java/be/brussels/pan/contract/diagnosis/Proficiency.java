package be.brussels.pan.contract.diagnosis;

/** A DigComp area self-assessment on the Europass grid (basic / independent / proficient user). */
public enum Proficiency {
    NONE, BASIC, INDEPENDENT, PROFICIENT;

    public boolean atMostBasic() {
        return this == NONE || this == BASIC;
    }
}
