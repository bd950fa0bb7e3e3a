package be.brussels.pan.contract.diagnosis;

/** Answer to the question "Which device can you use on your own to go online?", best first. */
public enum Device { COMPUTER, SMARTPHONE_ONLY, NONE }
