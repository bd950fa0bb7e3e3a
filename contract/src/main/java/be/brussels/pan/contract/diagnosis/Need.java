package be.brussels.pan.contract.diagnosis;

public enum Need { ADMIN, JOB_SEARCH, BANKING, HEALTH, SCHOOL, SOCIAL_CONTACT, OFFICE, ADVANCED, EQUIPMENT }
