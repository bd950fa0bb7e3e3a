package be.brussels.pan.contract.catalog;

public enum ServiceKind { START_DIGITAL, WORKSHOP, PERMANENCE, FREE_ACCESS, EQUIPMENT, SOCIAL_SUPPORT, VOLUNTEERING }
