package be.brussels.pan.contract.diagnosis;

/** A basic user (below level B), B independent user, C proficient user (seed L895, Europass grid). */
public enum DigcompLevel { A, B, C }
