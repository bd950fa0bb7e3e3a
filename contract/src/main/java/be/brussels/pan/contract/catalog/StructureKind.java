package be.brussels.pan.contract.catalog;

public enum StructureKind { EPN, PARTNER, CPAS, REFURBISHER, TRAINING_OPERATOR }
