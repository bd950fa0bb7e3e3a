package be.brussels.pan.diagnosis;

/** Who ran the diagnosis. */
public enum Channel { ACTIRIS, CPAS, EPN, PARTNER, SELF }
