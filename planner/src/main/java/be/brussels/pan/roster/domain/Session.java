package be.brussels.pan.roster.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A training session to place. All four planning variables are nullable (OptaPlanner 10.1 spells
 * "allowsUnassigned" as {@code nullable = true}): the problem is over-constrained, so a session may stay
 * unassigned at a medium cost. A session counts as assigned only when timeslot, venue and animator are all
 * set; a partial assignment is penalised hard (constraint "Partial assignment") and the solver's own moves
 * never create one, so a final solution has none.
 */
@PlanningEntity
public class Session {

    @PlanningId
    private String id;
    private SessionKind kind;
    private String language;
    private String targetGroup;
    private Set<Skill> requiredSkills;
    private int participants;
    private Commune commune;
    private boolean mobile;
    private boolean accessibleRequired;
    private boolean needsBraille;
    private Period preferredPeriod;
    private int priority;
    /** The pinned assignment from the problem, kept so that H13 can be checked against it. */
    private PinnedAssignment pinnedAssignment;
    /** Where the session was published, when the problem re-plans a published week (S7); else null. */
    private PublishedAssignment published;
    /** Why its published assignment could not be kept as the solve started; empty when it could (or none). */
    private List<String> notKeptReasons = List.of();

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "timeslots", nullable = true)
    private Timeslot timeslot;
    @PlanningVariable(valueRangeProviderRefs = "venues", nullable = true)
    private Venue venue;
    @PlanningVariable(valueRangeProviderRefs = "animators", nullable = true)
    private Animator animator;
    @PlanningVariable(valueRangeProviderRefs = "kits", nullable = true)
    private Kit kit;

    /** Required by OptaPlanner's planning clone. */
    public Session() {
    }

    public Session(String id, SessionKind kind, String language, String targetGroup, Set<Skill> requiredSkills,
                   int participants, Commune commune, boolean mobile, boolean accessibleRequired,
                   boolean needsBraille, Period preferredPeriod, int priority) {
        this.id = id;
        this.kind = kind;
        this.language = language;
        this.targetGroup = targetGroup;
        this.requiredSkills = requiredSkills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(requiredSkills);
        this.participants = participants;
        this.commune = commune;
        this.mobile = mobile;
        this.accessibleRequired = accessibleRequired;
        this.needsBraille = needsBraille;
        this.preferredPeriod = preferredPeriod;
        this.priority = priority;
    }

    /** Pins the session to the given assignment and applies it to the planning variables. */
    public void pin(PinnedAssignment assignment) {
        this.pinnedAssignment = assignment;
        this.pinned = true;
        this.timeslot = assignment.timeslot();
        this.venue = assignment.venue();
        this.animator = assignment.animator();
        this.kit = assignment.kit();
    }

    /** Records where the session was published (set by the problem mapper, before solving). */
    public void publish(PublishedAssignment assignment) {
        this.published = assignment;
    }

    /** Records why the published assignment cannot be kept; the session then starts unassigned. */
    public void notKept(List<String> reasons) {
        this.notKeptReasons = List.copyOf(reasons);
    }

    public boolean isAssigned() {
        return timeslot != null && venue != null && animator != null;
    }

    /** Some but not all of timeslot, venue and animator set (a kit alone also counts). */
    public boolean isPartiallyAssigned() {
        boolean any = timeslot != null || venue != null || animator != null || kit != null;
        return any && !isAssigned();
    }

    public String getId() { return id; }
    public SessionKind getKind() { return kind; }
    public String getLanguage() { return language; }
    public String getTargetGroup() { return targetGroup; }
    public Set<Skill> getRequiredSkills() { return requiredSkills; }
    public int getParticipants() { return participants; }
    public Commune getCommune() { return commune; }
    public boolean isMobile() { return mobile; }
    public boolean isAccessibleRequired() { return accessibleRequired; }
    public boolean isNeedsBraille() { return needsBraille; }
    public Period getPreferredPeriod() { return preferredPeriod; }
    public int getPriority() { return priority; }
    public PinnedAssignment getPinnedAssignment() { return pinnedAssignment; }
    public boolean isPinned() { return pinned; }
    public PublishedAssignment getPublished() { return published; }
    public List<String> getNotKeptReasons() { return notKeptReasons; }

    /** Whether the session stands where it was published (false when it was not published). */
    public boolean isKeptAsPublished() {
        return published != null && published.keptBy(timeslot, venue, animator, kit);
    }

    public Timeslot getTimeslot() { return timeslot; }
    public void setTimeslot(Timeslot timeslot) { this.timeslot = timeslot; }
    public Venue getVenue() { return venue; }
    public void setVenue(Venue venue) { this.venue = venue; }
    public Animator getAnimator() { return animator; }
    public void setAnimator(Animator animator) { this.animator = animator; }
    public Kit getKit() { return kit; }
    public void setKit(Kit kit) { this.kit = kit; }

    @Override
    public String toString() { return id; }
}
