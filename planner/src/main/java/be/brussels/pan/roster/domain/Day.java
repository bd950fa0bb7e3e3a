package be.brussels.pan.roster.domain;

/** Days a timeslot may fall on: the contract allows MONDAY to SATURDAY only (no Sunday). */
public enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY }
