package be.brussels.pan.rules.diagnosis;

/** The three causes of the digital divide named by the DigitALL white paper (seed L2295-2301). */
public enum Dimension { ACCESS, SKILLS, ATTITUDE }
