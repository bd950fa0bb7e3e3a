package be.brussels.pan.contract.diagnosis;

/** Answer to the question "Where can you go online?", best first. */
public enum Internet { HOME, PUBLIC_OR_SHARED, NONE }
