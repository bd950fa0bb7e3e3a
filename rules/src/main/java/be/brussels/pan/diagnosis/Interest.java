package be.brussels.pan.diagnosis;

public enum Interest { NONE, LOW, HIGH }
