package be.brussels.pan.contract.diagnosis;

/** The six target publics of the PAN (seed L55). */
public enum TargetGroup { JOB_SEEKERS, YOUTH, SENIORS, DISABILITY, PRECARIOUS, WOMEN }
