package be.brussels.pan.roster.generator;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;

/**
 * Draws one illustrative session: target group, language (visitor study proportions), kind, required skills,
 * needs, size, preferred period and priority. A "simple" session (French, no skill or special need) is the
 * generator's last resort when a fully assignable instance cannot place a richer one.
 */
final class SessionDrawer {

    static final List<String> LANGUAGES = List.of("fr", "en", "ar", "nl", "es", "tr");
    private static final double[] SESSION_LANGUAGE_WEIGHTS = {72.2, 23.6, 15.1, 11.1, 5.7, 2.8};
    /** Animators are multilingual more often than visitors; same order as LANGUAGES. */
    static final double[] ANIMATOR_LANGUAGE_P = {0.9, 0.4, 0.25, 0.3, 0.1, 0.06};
    private static final List<String> GROUPS =
            List.of("JOB_SEEKERS", "SENIORS", "YOUTH", "PRECARIOUS", "WOMEN", "DISABILITY");
    private static final double[] GROUP_WEIGHTS = {25, 20, 15, 20, 10, 10};

    private final Random random;

    SessionDrawer(Random random) {
        this.random = random;
    }

    SessionJson draw(String id, String commune, boolean simple) {
        String group = Weighted.of(GROUPS, GROUP_WEIGHTS).draw(random);
        String language = simple ? "fr" : Weighted.of(LANGUAGES, SESSION_LANGUAGE_WEIGHTS).draw(random);
        SessionKind kind = group.equals("JOB_SEEKERS") && random.nextDouble() < 0.5 ? SessionKind.START_DIGITAL
                : random.nextDouble() < 0.15 ? SessionKind.OUTREACH
                : random.nextDouble() < 0.35 ? SessionKind.PERMANENCE : SessionKind.WORKSHOP;
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        if (!simple) {
            if (kind == SessionKind.START_DIGITAL) {
                skills.add(Skill.START_DIGITAL);
            }
            if (kind == SessionKind.OUTREACH) {
                skills.add(Skill.OUTREACH);
            }
            if (kind == SessionKind.PERMANENCE && random.nextDouble() < 0.5) {
                skills.add(Skill.ADMIN);
            }
            if (group.equals("SENIORS") && random.nextDouble() < 0.6) {
                skills.add(Skill.SENIORS);
            }
            if (group.equals("YOUTH") && random.nextDouble() < 0.6) {
                skills.add(Skill.YOUTH);
            }
            if (group.equals("DISABILITY")) {
                skills.add(Skill.DISABILITY);
            }
            if (!language.equals("fr") && !language.equals("nl") && random.nextDouble() < 0.4) {
                skills.add(Skill.ALLOPHONE);
            }
        }
        boolean disability = group.equals("DISABILITY");
        boolean mobile = !simple && (kind == SessionKind.OUTREACH || random.nextDouble() < 0.05);
        boolean accessible = disability || (group.equals("SENIORS") && random.nextDouble() < 0.3);
        boolean braille = !simple && disability && random.nextDouble() < 0.3;
        int participants = kind == SessionKind.OUTREACH ? 3 + random.nextInt(6) : 4 + random.nextInt(9);
        return new SessionJson(id, kind, language, group, List.copyOf(skills), participants, commune, mobile,
                accessible, braille, period(group, simple), 1 + random.nextInt(3), null);
    }

    private Period period(String group, boolean simple) {
        if (simple) {
            return Period.ANY;
        }
        double r = random.nextDouble();
        return switch (group) {
            case "JOB_SEEKERS", "SENIORS" -> r < 0.85 ? Period.DAY : Period.ANY;
            case "YOUTH" -> r < 0.4 ? Period.EVENING : r < 0.7 ? Period.SATURDAY : Period.ANY;
            case "WOMEN" -> r < 0.6 ? Period.DAY : r < 0.8 ? Period.SATURDAY : Period.ANY;
            default -> r < 0.5 ? Period.DAY : r < 0.7 ? Period.EVENING : Period.ANY;
        };
    }
}
