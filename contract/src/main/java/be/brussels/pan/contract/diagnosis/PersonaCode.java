package be.brussels.pan.contract.diagnosis;

/** The five WeTechCare personae (seed annexe 2, L1438-1996). */
public enum PersonaCode { ESTEBAN, LOUIS, NOEMIE, ANNE, BENOIT }
