package be.brussels.pan.roster.generator;

/**
 * How big a generated instance is. {@code extraSitesPerCommune} adds illustrative community sites so that large
 * weeks still fit in the venues' opening hours.
 */
public record Dimensions(String label, int sessions, int animators, int extraSitesPerCommune) {

    public Dimensions {
        if (sessions < 1 || animators < 1 || extraSitesPerCommune < 0) {
            throw new IllegalArgumentException("sessions and animators must be ≥ 1");
        }
    }

    /** Any number of sessions, with about one animator per 4.5 sessions (as L) and extra sites above 500. */
    public static Dimensions forSessions(int sessions) {
        return new Dimensions(String.valueOf(sessions), sessions, Math.max(6, (int) Math.ceil(sessions * 0.22)),
                sessions > 500 ? 1 : 0);
    }
}
