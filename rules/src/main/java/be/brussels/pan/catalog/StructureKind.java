package be.brussels.pan.catalog;

public enum StructureKind { EPN, PARTNER, CPAS, REFURBISHER, TRAINING_OPERATOR }
