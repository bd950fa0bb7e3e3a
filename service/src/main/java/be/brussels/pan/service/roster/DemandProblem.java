package be.brussels.pan.service.roster;

import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.service.diagnosis.DemandCount;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.registry.RegistryProblems;
import be.brussels.pan.service.registry.RegistrySnapshot;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a roster problem for an ISO week from the demand: the diagnoses stored in the weeks
 * ({@code pan.rosters.demand-weeks}, 4)
 * before that week's Monday, aggregated by commune, language and target group. Each cell becomes
 * ⌈people / {@code pan.rosters.people-per-session} (10)⌉ sessions; a session's kind is the one most often proposed to the cell's people
 * (their orientations of kind START_DIGITAL, WORKSHOP or PERMANENCE; WORKSHOP if none), its priority follows the
 * highest urgency in the cell. Diagnoses without a Brussels commune are left out.
 *
 * <p>The timeslots, venues, kits and animators are the registry's active records for that week
 * ({@link RegistryProblems#forWeek}: each animator's absences of the week taken out of their availability). On a
 * first start the registry is the illustrative one, labelled ILLUSTRATIVE, until planners enter theirs.
 */
@Component
public class DemandProblem {

    private static final Set<String> ROSTER_KINDS = Set.of("START_DIGITAL", "WORKSHOP", "PERMANENCE");

    private final DiagnosisStore diagnoses;
    private final RegistryProblems registry;
    private final int weeks;
    private final int peoplePerSession;
    /** By the urgency's name, as stored with each diagnosis. */
    private final Map<String, Integer> priorityByUrgency;
    private final int lowPriority;

    public DemandProblem(DiagnosisStore diagnoses, RegistryProblems registry, @Value("${pan.rosters.demand-weeks}") int weeks,
                         @Value("${pan.rosters.people-per-session}") int peoplePerSession,
                         @Value("${pan.rosters.priority.high}") int highPriority,
                         @Value("${pan.rosters.priority.medium}") int mediumPriority,
                         @Value("${pan.rosters.priority.low}") int lowPriority) {
        if (weeks < 1 || peoplePerSession < 1) {
            throw new IllegalArgumentException("pan.rosters.demand-weeks and pan.rosters.people-per-session must be at"
                    + " least 1, not " + weeks + " and " + peoplePerSession);
        }
        // The roster contract's priorities run from 1 (low) to 3 (high); a more urgent demand never ranks lower.
        if (lowPriority < 1 || highPriority > 3 || mediumPriority < lowPriority || highPriority < mediumPriority) {
            throw new IllegalArgumentException("pan.rosters.priority.high, .medium and .low must be from 1 to 3, high"
                    + " >= medium >= low, not " + highPriority + ", " + mediumPriority + " and " + lowPriority);
        }
        this.diagnoses = diagnoses;
        this.registry = registry;
        this.weeks = weeks;
        this.peoplePerSession = peoplePerSession;
        this.priorityByUrgency = Map.of(Urgency.HIGH.name(), highPriority, Urgency.MEDIUM.name(), mediumPriority,
                Urgency.LOW.name(), lowPriority);
        this.lowPriority = lowPriority;
    }

    /** The session priority for people of this urgency (stored as its name); an unknown urgency counts as low. */
    int priority(String urgency) {
        return urgency == null ? lowPriority : priorityByUrgency.getOrDefault(urgency, lowPriority);
    }

    /** The Monday of an ISO week written {@code 2026-W49} ({@link Week}); a 400 naming {@code week} otherwise. */
    public static LocalDate monday(String week) {
        if (week == null || week.isBlank()) {
            throw new BadInputException("week", "is required: an ISO week like 2026-W49");
        }
        LocalDate monday;
        try {
            monday = Week.monday(week);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("week", Echo.of(week) + " " + e.getMessage());
        }
        return monday;
    }

    private static final class Cell {
        int people;
        int priority; // the highest of its people's, set from its first row on
        final Map<SessionKind, Integer> kinds = new EnumMap<>(SessionKind.class);
    }

    /** A week's problem on the registry, and whether a record of the registry it uses is ILLUSTRATIVE. */
    public record Demand(ProblemJson problem, boolean illustrative) {
    }

    public Demand build(String week) {
        LocalDate monday = monday(week);
        OffsetDateTime to = monday.atStartOfDay(Week.ZONE).toOffsetDateTime();
        OffsetDateTime from = monday.minusWeeks(weeks).atStartOfDay(Week.ZONE).toOffsetDateTime();
        List<DemandCount> demand = diagnoses.demand(from, to);

        RegistrySnapshot facts = registry.forWeek(monday);
        Set<String> communes = facts.communes().stream().map(CommuneJson::code).collect(Collectors.toSet());

        Map<String, Cell> cells = new TreeMap<>();
        for (DemandCount d : demand) {
            // A cell is the person's first language (French if none) and first target group (GENERAL if none).
            String language = (d.languages().isEmpty() ? "fr" : d.languages().get(0)).toLowerCase(Locale.ROOT);
            String group = d.targetGroups().isEmpty() ? "GENERAL" : d.targetGroups().get(0);
            if (!communes.contains(d.commune()) || !language.matches("[a-z]{2,3}")) {
                continue;
            }
            Cell cell = cells.computeIfAbsent(d.commune() + "|" + language + "|" + group, k -> new Cell());
            cell.people += Math.toIntExact(d.diagnoses());
            cell.priority = Math.max(cell.priority, priority(d.urgency()));
            cell.kinds.merge(proposedKind(d), Math.toIntExact(d.diagnoses()), Integer::sum);
        }
        if (cells.isEmpty()) {
            throw new BadInputException("week", "no diagnosis with a Brussels commune was stored in the " + weeks
                    + " weeks before " + week + " (from " + from.toLocalDate() + " to " + monday.minusDays(1) + ")");
        }
        List<SessionJson> sessions = new ArrayList<>();
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Cell cell = e.getValue();
            SessionKind kind = cell.kinds.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            int count = (cell.people + peoplePerSession - 1) / peoplePerSession;
            for (int i = 0; i < count; i++) {
                int participants = cell.people / count + (i < cell.people % count ? 1 : 0);
                sessions.add(session(String.format(Locale.ROOT, "d-%04d", sessions.size() + 1), kind, key[1], key[2],
                        participants, key[0], cell.priority));
            }
        }
        return new Demand(facts.problem("demand-" + week, sessions), facts.illustrative());
    }

    private static SessionJson session(String id, SessionKind kind, String language, String group, int participants,
                                       String commune, int priority) {
        List<Skill> skills = new ArrayList<>();
        if (kind == SessionKind.START_DIGITAL) {
            skills.add(Skill.START_DIGITAL);
        }
        if (group.equals("DISABILITY")) {
            skills.add(Skill.DISABILITY);
        }
        Period period = switch (group) {
            case "JOB_SEEKERS", "SENIORS" -> Period.DAY;
            default -> Period.ANY;
        };
        return new SessionJson(id, kind, language, group, skills, participants, commune, false,
                group.equals("DISABILITY"), false, period, priority, null);
    }

    /**
     * The session kind proposed to these people: that of their first orientation of a roster kind, WORKSHOP if
     * none. (Orientations are of OrientationKind, of which only START_DIGITAL is also a session kind.)
     */
    private static SessionKind proposedKind(DemandCount demand) {
        return demand.orientationKinds().stream().map(Enum::name).filter(ROSTER_KINDS::contains).findFirst()
                .map(SessionKind::valueOf).orElse(SessionKind.WORKSHOP);
    }
}
