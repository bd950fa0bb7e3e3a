package be.brussels.pan.examples.population;

/**
 * Which blocks of the request a person gives. Most people registering at Actiris answer the four questions
 * and nothing more, so they are the largest segment; the others come through a counsellor (profile) or a
 * deeper diagnosis (extended answers). Shares of the synthetic population, not measured ones.
 */
public enum Segment {
    ANSWERS_ONLY(0.55, false, false),
    PROFILE(0.25, true, false),
    PROFILE_AND_EXTENDED(0.17, true, true),
    EXTENDED_ONLY(0.03, false, true);

    private final double share;
    private final boolean profile;
    private final boolean extended;

    Segment(double share, boolean profile, boolean extended) {
        this.share = share;
        this.profile = profile;
        this.extended = extended;
    }

    public double share() {
        return share;
    }

    public boolean givesProfile() {
        return profile;
    }

    public boolean givesExtended() {
        return extended;
    }
}
