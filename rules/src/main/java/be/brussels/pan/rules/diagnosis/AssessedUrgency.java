package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.Urgency;

/** An urgency stated by a rule: the persona's, or a raise. The highest one stated is the result. */
public final class AssessedUrgency {
    private final Urgency urgency;

    public AssessedUrgency(Urgency urgency) { this.urgency = urgency; }

    public Urgency getUrgency() { return urgency; }
}
