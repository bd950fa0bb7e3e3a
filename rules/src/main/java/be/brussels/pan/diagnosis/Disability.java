package be.brussels.pan.diagnosis;

public enum Disability { VISUAL, HEARING, MOTOR, INTELLECTUAL, AUTISM, OTHER }
