package be.brussels.pan.roster.domain;

public enum SessionKind { START_DIGITAL, WORKSHOP, PERMANENCE, OUTREACH }
