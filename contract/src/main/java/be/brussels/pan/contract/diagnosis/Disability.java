package be.brussels.pan.contract.diagnosis;

public enum Disability { VISUAL, HEARING, MOTOR, INTELLECTUAL, AUTISM, OTHER }
