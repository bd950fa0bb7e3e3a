package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import org.springframework.stereotype.Component;

/**
 * The default {@link WeekFacts}: the published roster's own facts, as stored. A re-plan on them changes nothing
 * but what the planner changed in the published sessions (their locks), until the registry provides the facts.
 */
@Component
public class StoredWeekFacts implements WeekFacts {

    @Override
    public Facts of(String week, ProblemJson published) {
        return Facts.of(published);
    }
}
