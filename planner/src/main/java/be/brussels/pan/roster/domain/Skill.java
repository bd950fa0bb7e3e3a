package be.brussels.pan.roster.domain;

/** Animator skills and session requirements, exactly as named in roster-contract.md. */
public enum Skill { START_DIGITAL, BASICS, ADMIN, SENIORS, YOUTH, DISABILITY, ALLOPHONE, OUTREACH }
