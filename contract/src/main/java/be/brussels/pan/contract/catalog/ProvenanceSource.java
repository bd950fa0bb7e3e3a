package be.brussels.pan.contract.catalog;

/**
 * Where a catalogue fact comes from: the seed, an interpretation of it, made up to make the example run, or
 * a public source (a web page, with its URL and date). {@code PUBLIC_SOURCE} qualifies single fields in
 * {@link Provenance#facts()}; a record as a whole is SEED, DERIVED or ILLUSTRATIVE.
 */
public enum ProvenanceSource { SEED, DERIVED, ILLUSTRATIVE, PUBLIC_SOURCE }
