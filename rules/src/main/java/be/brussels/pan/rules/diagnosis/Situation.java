package be.brussels.pan.rules.diagnosis;

/** A person's main occupation, as far as the profile says. */
public enum Situation {
    STUDENT, EMPLOYED, JOB_SEEKER, RETIRED;

    /** The occupation the profile states, or null when it states none (studies first, then work…). */
    public static Situation of(Person person) {
        if (Boolean.TRUE.equals(person.getStudent())) {
            return STUDENT;
        }
        if (Boolean.TRUE.equals(person.getEmployed())) {
            return EMPLOYED;
        }
        if (Boolean.TRUE.equals(person.getJobSeeker())) {
            return JOB_SEEKER;
        }
        if (Boolean.TRUE.equals(person.getRetired())) {
            return RETIRED;
        }
        return null;
    }
}
