package be.brussels.pan.contract.diagnosis;

public enum Stress { LOW, MEDIUM, HIGH }
