package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import java.util.List;

/**
 * The seam of a re-plan: the week's facts (communes, timeslots, venues, animators, kits) as they are now, which the
 * re-plan solves the published sessions on. {@link RegistryWeekFacts} answers them from the registry for a roster
 * planned on it (each animator's absences of that week taken out of their availability), and the published
 * problem's own facts for an uploaded one. A test may provide another bean of this type, marked {@code @Primary}.
 */
public interface WeekFacts {

    /**
     * @param week       the ISO week re-planned ({@code 2026-W49})
     * @param published  the problem the week's published roster solved
     * @param onRegistry whether that problem's facts were the registry's (from-demand, or a re-plan of it)
     */
    Facts of(String week, ProblemJson published, boolean onRegistry);

    /**
     * A roster problem's facts: everything but its sessions, and whether any of them is ILLUSTRATIVE (made up),
     * which the re-plan's published sessions then say.
     */
    record Facts(List<ProblemJson.CommuneJson> communes, List<ProblemJson.TimeslotJson> timeslots,
                 List<ProblemJson.VenueJson> venues, List<ProblemJson.AnimatorJson> animators,
                 List<ProblemJson.KitJson> kits, boolean illustrative) {

        /** The facts of a problem as it stands (not known to be illustrative: the roster's own flag stays). */
        public static Facts of(ProblemJson problem) {
            return new Facts(problem.communes(), problem.timeslots(), problem.venues(), problem.animators(),
                    problem.kits(), false);
        }
    }
}
