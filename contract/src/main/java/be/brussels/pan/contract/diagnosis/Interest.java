package be.brussels.pan.contract.diagnosis;

public enum Interest { NONE, LOW, HIGH }
