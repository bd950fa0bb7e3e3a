package be.brussels.pan.contract.diagnosis;

/** Who ran the diagnosis. */
public enum Channel { ACTIRIS, CPAS, EPN, PARTNER, SELF }
