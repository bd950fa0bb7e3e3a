package be.brussels.pan.contract.diagnosis;

public enum Gender { WOMAN, MAN, OTHER, UNDISCLOSED }
