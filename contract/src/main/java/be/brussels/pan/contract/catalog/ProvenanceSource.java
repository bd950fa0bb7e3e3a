package be.brussels.pan.contract.catalog;

/** Where a catalogue fact comes from: the seed, an interpretation of it, or made up to make the example run. */
public enum ProvenanceSource { SEED, DERIVED, ILLUSTRATIVE }
