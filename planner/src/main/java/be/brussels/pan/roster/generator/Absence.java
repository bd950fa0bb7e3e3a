package be.brussels.pan.roster.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;

/**
 * A variant of a (published) problem for re-planning tests and benchmarks: one animator absent on one day, i.e.
 * that day's timeslots taken out of their availability. Everything else, the id and the published assignments
 * included, is unchanged: the same week, after the change.
 */
public final class Absence {

    /** An animator and the day they are absent. */
    public record Of(String animator, Day day) {
    }

    private Absence() {
    }

    /** The problem with {@code absence.animator()} unavailable on {@code absence.day()}. */
    public static ProblemJson apply(ProblemJson problem, Of absence) {
        Set<String> daySlots = new HashSet<>();
        for (TimeslotJson t : problem.timeslots()) {
            if (t.day() == absence.day()) {
                daySlots.add(t.id());
            }
        }
        boolean found = false;
        List<AnimatorJson> animators = new ArrayList<>();
        for (AnimatorJson a : problem.animators()) {
            if (a.id().equals(absence.animator())) {
                found = true;
                List<String> available = a.available().stream().filter(slot -> !daySlots.contains(slot)).toList();
                if (available.size() == a.available().size()) {
                    throw new InvalidProblemException("animator " + a.id() + " available",
                            "is not available on " + absence.day() + " anyway: nothing to take out");
                }
                a = new AnimatorJson(a.id(), a.name(), a.homeCommune(), a.languages(), a.skills(), a.maxSessions(),
                        available);
            }
            animators.add(a);
        }
        if (!found) {
            throw new InvalidProblemException("animator " + absence.animator(), "is not in the problem");
        }
        return new ProblemJson(problem.id(), problem.communes(), problem.timeslots(), problem.venues(), animators,
                problem.kits(), problem.sessions());
    }

    /**
     * The absence that hits a published week hardest: the animator and day with the most locked published sessions
     * (then the most published ones; ties go to the first animator and the earliest day). Null when nothing is
     * published.
     */
    public static Of hardest(ProblemJson published) {
        Map<String, Day> dayOf = new LinkedHashMap<>();
        published.timeslots().forEach(t -> dayOf.put(t.id(), t.day()));
        Map<Of, long[]> counts = new LinkedHashMap<>();
        for (AnimatorJson a : published.animators()) {
            for (Day d : Day.values()) {
                counts.put(new Of(a.id(), d), new long[2]);
            }
        }
        for (SessionJson s : published.sessions()) {
            if (s.published() == null || dayOf.get(s.published().timeslot()) == null) {
                continue;
            }
            long[] c = counts.get(new Of(s.published().animator(), dayOf.get(s.published().timeslot())));
            if (c != null) {
                c[0] += s.hasLock() ? 1 : 0;
                c[1]++;
            }
        }
        Of best = null;
        long[] bestCount = {0, 0};
        for (Map.Entry<Of, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            if (c[0] > bestCount[0] || (c[0] == bestCount[0] && c[1] > bestCount[1])) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }
}
