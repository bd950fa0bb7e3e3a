package be.brussels.pan.rules.diagnosis;

/** The three dimensions (each 0–100) and the overall fragility score (0–100). */
public final class FragilityScore {
    private final int access;
    private final int skills;
    private final int attitude;
    private final int score;

    public FragilityScore(int access, int skills, int attitude, int score) {
        this.access = access;
        this.skills = skills;
        this.attitude = attitude;
        this.score = score;
    }

    public int getAccess() { return access; }
    public int getSkills() { return skills; }
    public int getAttitude() { return attitude; }
    public int getScore() { return score; }

    public int get(Dimension dimension) {
        return switch (dimension) {
            case ACCESS -> access;
            case SKILLS -> skills;
            case ATTITUDE -> attitude;
        };
    }
}
