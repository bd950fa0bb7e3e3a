package be.brussels.pan.roster.generator;

/** Instance sizes: sessions, animators and extra illustrative partner sites per commune. */
public enum Size {
    S(40, 12, 0),
    M(200, 50, 0),
    L(1000, 220, 1);

    public final int sessions;
    public final int animators;
    /** L adds one more illustrative community site per commune so that 1,000 sessions fit in a week. */
    public final int extraSitesPerCommune;

    Size(int sessions, int animators, int extraSitesPerCommune) {
        this.sessions = sessions;
        this.animators = animators;
        this.extraSitesPerCommune = extraSitesPerCommune;
    }
}
