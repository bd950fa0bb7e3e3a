package be.brussels.pan.contract.diagnosis;

/** Levels of digital fragility, least fragile first; the thresholds live in fragility-score.drl. */
public enum FragilityLevel { NONE, LOW, MODERATE, HIGH, SEVERE }
