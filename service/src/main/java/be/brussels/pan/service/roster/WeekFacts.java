package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import java.util.List;

/**
 * The seam of a re-plan: the week's facts (communes, timeslots, venues, animators, kits) as they are now, which
 * the re-plan solves the published sessions on. {@link StoredWeekFacts}, the default, answers the published
 * roster's own facts, unchanged; the registry (issue 13, part 1) is to answer them from what planners keep, with
 * each animator's absences of that week taken out of their availability, by providing another bean of this type
 * (marked {@code @Primary}, or replacing the default).
 */
public interface WeekFacts {

    /**
     * @param week      the ISO week re-planned ({@code 2026-W49})
     * @param published the problem the week's published roster solved
     */
    Facts of(String week, ProblemJson published);

    /** A roster problem's facts: everything but its sessions. */
    record Facts(List<ProblemJson.CommuneJson> communes, List<ProblemJson.TimeslotJson> timeslots,
                 List<ProblemJson.VenueJson> venues, List<ProblemJson.AnimatorJson> animators,
                 List<ProblemJson.KitJson> kits) {

        /** The facts of a problem as it stands. */
        public static Facts of(ProblemJson problem) {
            return new Facts(problem.communes(), problem.timeslots(), problem.venues(), problem.animators(),
                    problem.kits());
        }
    }
}
