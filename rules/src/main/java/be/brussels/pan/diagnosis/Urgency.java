package be.brussels.pan.diagnosis;

/** The WeTechCare urgency (fort / moyen / faible), least urgent first. */
public enum Urgency { LOW, MEDIUM, HIGH }
