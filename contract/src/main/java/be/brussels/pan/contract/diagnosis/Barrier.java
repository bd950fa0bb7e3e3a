package be.brussels.pan.contract.diagnosis;

public enum Barrier { READING, LANGUAGE, BUDGET, TIME, MOBILITY, PRIVACY_FEAR, NO_HELP }
