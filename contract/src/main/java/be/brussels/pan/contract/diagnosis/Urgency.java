package be.brussels.pan.contract.diagnosis;

/** The WeTechCare urgency (fort / moyen / faible), least urgent first. */
public enum Urgency { LOW, MEDIUM, HIGH }
