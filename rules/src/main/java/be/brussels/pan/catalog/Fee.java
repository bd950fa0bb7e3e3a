package be.brussels.pan.catalog;

public enum Fee { FREE, SYMBOLIC, PAID }
