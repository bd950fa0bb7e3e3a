package be.brussels.pan.rules.diagnosis;

import be.brussels.pan.contract.diagnosis.PersonaCode;

/**
 * A persona the person cannot be, because a stated fact contradicts what the seed says of it (no device,
 * yet "hyper-connected"). {@code rule} is the id of the rule that said so.
 */
public record PersonaRuledOut(PersonaCode code, String rule) {
}
