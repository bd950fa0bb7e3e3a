package be.brussels.pan.contract.catalog;

public enum Fee { FREE, SYMBOLIC, PAID }
