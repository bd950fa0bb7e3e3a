package be.brussels.pan.diagnosis;

public enum Stress { LOW, MEDIUM, HIGH }
