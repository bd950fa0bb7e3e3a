package be.brussels.pan.diagnosis;

/** Levels of digital fragility, least fragile first; the thresholds live in fragility-score.drl. */
public enum FragilityLevel { NONE, LOW, MODERATE, HIGH, SEVERE }
