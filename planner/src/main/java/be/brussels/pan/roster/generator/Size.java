package be.brussels.pan.roster.generator;

/** The standard instance sizes of the generator and the benchmark. */
public enum Size {
    S(new Dimensions("S", 40, 12, 0)),
    M(new Dimensions("M", 200, 50, 0)),
    L(new Dimensions("L", 1000, 220, 1));

    public final Dimensions dimensions;
    public final int sessions;

    Size(Dimensions dimensions) {
        this.dimensions = dimensions;
        this.sessions = dimensions.sessions();
    }
}
