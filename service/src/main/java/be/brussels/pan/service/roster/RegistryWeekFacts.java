package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.service.registry.RegistryProblems;
import be.brussels.pan.service.registry.RegistrySnapshot;
import org.springframework.stereotype.Component;

/**
 * The week's facts for a re-plan. A roster planned on the registry is re-planned on the registry as it is now: its
 * active venues, animators, kits and timeslots, each animator's absences of that week taken out of their
 * availability ({@link RegistryProblems#forWeek}), so that an animator a planner marks absent is no longer
 * available and a retired venue no longer open. An uploaded problem's facts are its own (the registry does not
 * know its ids): its re-plan keeps them, changing only what the planner changed in the published sessions.
 */
@Component
public class RegistryWeekFacts implements WeekFacts {

    private final RegistryProblems registry;

    public RegistryWeekFacts(RegistryProblems registry) {
        this.registry = registry;
    }

    @Override
    public Facts of(String week, ProblemJson published, boolean onRegistry) {
        if (!onRegistry) {
            return Facts.of(published);
        }
        RegistrySnapshot now = registry.forWeek(week);
        return new Facts(now.communes(), now.timeslots(), now.venues(), now.animators(), now.kits(),
                now.illustrative());
    }
}
