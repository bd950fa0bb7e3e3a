package be.brussels.pan.service.stats;

/**
 * A group of the demand that the planners are given (issue 15): at least {@code pan.stats.min-cell} people of one
 * month, by commune, first target group and language, after the statistics' protection. Smaller cells are merged
 * upward, never shown: a first target group into {@link #ALL_GROUPS} of its commune, a commune whose count the
 * statistics hide (and the people without a Brussels commune) into {@link #ALL_BRUSSELS}, a language into the
 * group's other languages, labelled {@link #DEFAULT_LANGUAGE} unless one language is spoken by at least the
 * threshold of them.
 *
 * @param commune     a commune's NIS code, or {@link #ALL_BRUSSELS}
 * @param targetGroup the people's first target group, or {@link #ALL_GROUPS}
 * @param language    the language of the group's sessions
 * @param people      how many people (at least the threshold)
 * @param urgency     the highest urgency (contract {@code Urgency}, by name) that at least the threshold of them
 *                    reach, LOW otherwise
 * @param kind        the session kind proposed to most of them among the kinds proposed to at least the threshold of
 *                    them, {@link ProposedKind#otherwise()} if none
 */
public record DemandGroup(String commune, String targetGroup, String language, long people, String urgency,
                          String kind) {

    /**
     * The whole Brussels-Capital Region, as a commune: NIS code 21000 (the arrondissement of Brussels-Capital, which
     * the 19 communes 21001–21019 make up).
     */
    public static final String ALL_BRUSSELS = "21000";

    /** All target groups (and none), as the roster contract's target group of a general public. */
    public static final String ALL_GROUPS = "GENERAL";

    /** The language of a person who gave none, as the demand always had it. */
    public static final String DEFAULT_LANGUAGE = "fr";
}
