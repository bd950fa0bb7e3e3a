package be.brussels.pan.roster.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.util.EnumSet;
import java.util.Set;

public final class Animator {
    @PlanningId
    private final String id;
    private final String name;
    private final Commune homeCommune;
    private final Set<String> languages;
    private final Set<Skill> skills;
    private final int maxSessions;
    private final Set<Timeslot> available;

    public Animator(String id, String name, Commune homeCommune, Set<String> languages, Set<Skill> skills,
                    int maxSessions, Set<Timeslot> available) {
        this.id = id;
        this.name = name;
        this.homeCommune = homeCommune;
        this.languages = Set.copyOf(languages);
        this.skills = skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
        this.maxSessions = maxSessions;
        this.available = Set.copyOf(available);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Commune getHomeCommune() { return homeCommune; }
    public Set<String> getLanguages() { return languages; }
    public Set<Skill> getSkills() { return skills; }
    public int getMaxSessions() { return maxSessions; }
    public Set<Timeslot> getAvailable() { return available; }

    @Override
    public String toString() { return id; }
}
