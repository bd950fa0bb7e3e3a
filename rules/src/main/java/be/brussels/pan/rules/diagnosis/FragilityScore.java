package be.brussels.pan.rules.diagnosis;

import java.util.Set;

/**
 * The three dimensions (each 0–100), the overall fragility score (0–100), and the dimensions the score
 * was taken over: a dimension no answer informed is reported but left out of the mean.
 */
public final class FragilityScore {
    private final int access;
    private final int skills;
    private final int attitude;
    private final int score;
    private final Set<Dimension> counted;

    public FragilityScore(int access, int skills, int attitude, int score) {
        this(access, skills, attitude, score, Set.of(Dimension.values()));
    }

    public FragilityScore(int access, int skills, int attitude, int score, Set<Dimension> counted) {
        this.access = access;
        this.skills = skills;
        this.attitude = attitude;
        this.score = score;
        this.counted = Set.copyOf(counted);
    }

    public int getAccess() { return access; }
    public int getSkills() { return skills; }
    public int getAttitude() { return attitude; }
    public int getScore() { return score; }

    /** Whether the dimension counted in the score (an answer informed it). */
    public boolean counts(Dimension dimension) { return counted.contains(dimension); }

    public int get(Dimension dimension) {
        return switch (dimension) {
            case ACCESS -> access;
            case SKILLS -> skills;
            case ATTITUDE -> attitude;
        };
    }
}
