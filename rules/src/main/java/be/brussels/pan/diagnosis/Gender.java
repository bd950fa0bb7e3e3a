package be.brussels.pan.diagnosis;

public enum Gender { WOMAN, MAN, OTHER, UNDISCLOSED }
