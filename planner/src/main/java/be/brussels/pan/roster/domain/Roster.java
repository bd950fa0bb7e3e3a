package be.brussels.pan.roster.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The weekly roster: problem facts plus the sessions to place. */
@PlanningSolution
public class Roster {

    private String problemId;

    @ProblemFactCollectionProperty
    private List<Commune> communes;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "timeslots")
    private List<Timeslot> timeslots;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "venues")
    private List<Venue> venues;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "animators")
    private List<Animator> animators;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "kits")
    private List<Kit> kits;

    @PlanningEntityCollectionProperty
    private List<Session> sessions;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Roster() {
    }

    public Roster(String problemId, List<Commune> communes, List<Timeslot> timeslots, List<Venue> venues,
                  List<Animator> animators, List<Kit> kits, List<Session> sessions) {
        this.problemId = problemId;
        this.communes = communes;
        this.timeslots = timeslots;
        this.venues = venues;
        this.animators = animators;
        this.kits = kits;
        this.sessions = sessions;
    }

    public String getProblemId() { return problemId; }
    public List<Commune> getCommunes() { return communes; }
    public List<Timeslot> getTimeslots() { return timeslots; }
    public List<Venue> getVenues() { return venues; }
    public List<Animator> getAnimators() { return animators; }
    public List<Kit> getKits() { return kits; }
    public List<Session> getSessions() { return sessions; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }

    /** The benchmark report names in-memory problems by this. */
    @Override
    public String toString() {
        return problemId;
    }
}
