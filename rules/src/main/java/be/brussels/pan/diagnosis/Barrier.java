package be.brussels.pan.diagnosis;

public enum Barrier { READING, LANGUAGE, BUDGET, TIME, MOBILITY, PRIVACY_FEAR, NO_HELP }
