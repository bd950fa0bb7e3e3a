package be.brussels.pan.service.roster;

import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.service.registry.RegistryProblems;
import be.brussels.pan.service.registry.RegistrySnapshot;
import be.brussels.pan.service.stats.DemandGroup;
import be.brussels.pan.service.stats.PublishedStatistics;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a roster problem for an ISO week from the demand: the demand groups that the statistics published
 * ({@link PublishedStatistics#demand}, issue 15) for the {@code pan.rosters.demand-months} (1) calendar months before
 * that week's Monday, each ended in Brussels (the latest: the month before the Monday's, or before today's if
 * earlier). A group holds at least {@code pan.stats.min-cell} (5) people of one commune, first target group and
 * language; smaller cells were merged upward (group into GENERAL, commune into the whole Region,
 * {@link DemandGroup#ALL_BRUSSELS}, which the problem then lists as a commune at the middle of the 19), never shown.
 * So no session carries a count the statistics hide, and the same week always gets the same demand from the same
 * months: planning weeks one after the other cannot be subtracted either.
 *
 * <p>Each group becomes ⌈people / {@code pan.rosters.people-per-session} (10)⌉ sessions, but never sessions of
 * fewer than {@code pan.stats.min-cell} participants; a session's kind is the group's (the one most of it is
 * proposed, {@link DemandKinds}), its priority follows the group's urgency (the highest that at least
 * {@code pan.stats.min-cell} of its people reach).
 *
 * <p>The timeslots, venues, kits and animators are the registry's active records for that week
 * ({@link RegistryProblems#forWeek}: each animator's absences of the week taken out of their availability). On a
 * first start the registry is the illustrative one, labelled ILLUSTRATIVE, until planners enter theirs.
 */
@Component
public class DemandProblem {

    private final PublishedStatistics statistics;
    private final RegistryProblems registry;
    private final int months;
    private final int peoplePerSession;
    /** By the urgency's name, as the statistics label a group. */
    private final Map<String, Integer> priorityByUrgency;
    private final int lowPriority;

    public DemandProblem(PublishedStatistics statistics, RegistryProblems registry,
                         @Value("${pan.rosters.demand-months}") int months,
                         @Value("${pan.rosters.people-per-session}") int peoplePerSession,
                         @Value("${pan.rosters.priority.high}") int highPriority,
                         @Value("${pan.rosters.priority.medium}") int mediumPriority,
                         @Value("${pan.rosters.priority.low}") int lowPriority) {
        if (months < 1 || peoplePerSession < 1) {
            throw new IllegalArgumentException("pan.rosters.demand-months and pan.rosters.people-per-session must be at"
                    + " least 1, not " + months + " and " + peoplePerSession);
        }
        // The roster contract's priorities run from 1 (low) to 3 (high); a more urgent demand never ranks lower.
        if (lowPriority < 1 || highPriority > 3 || mediumPriority < lowPriority || highPriority < mediumPriority) {
            throw new IllegalArgumentException("pan.rosters.priority.high, .medium and .low must be from 1 to 3, high"
                    + " >= medium >= low, not " + highPriority + ", " + mediumPriority + " and " + lowPriority);
        }
        this.statistics = statistics;
        this.registry = registry;
        this.months = months;
        this.peoplePerSession = peoplePerSession;
        this.priorityByUrgency = Map.of(Urgency.HIGH.name(), highPriority, Urgency.MEDIUM.name(), mediumPriority,
                Urgency.LOW.name(), lowPriority);
        this.lowPriority = lowPriority;
    }

    /** The session priority for people of this urgency (by name); an unknown urgency counts as low. */
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

    /** A week's problem on the registry, and whether a record of the registry it uses is ILLUSTRATIVE. */
    public record Demand(ProblemJson problem, boolean illustrative) {
    }

    /** The months whose demand plans a week: the last ended before its Monday (and before today), and those before. */
    List<YearMonth> months(LocalDate monday) {
        YearMonth last = YearMonth.from(monday).minusMonths(1);
        if (last.isAfter(statistics.lastEnded())) {
            last = statistics.lastEnded();
        }
        List<YearMonth> list = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            list.add(last.minusMonths(i));
        }
        return list;
    }

    /** A group of sessions to plan: the same commune, group and language over the months. */
    private static final class Cell {
        long people;
        String urgency = Urgency.LOW.name();
        final Map<String, Long> kinds = new TreeMap<>();
    }

    public Demand build(String week) {
        LocalDate monday = monday(week);
        List<YearMonth> from = months(monday);
        RegistrySnapshot facts = registry.forWeek(monday);
        Set<String> communes = facts.communes().stream().map(CommuneJson::code).collect(Collectors.toSet());

        Map<String, Cell> cells = new TreeMap<>();
        for (YearMonth month : from) {
            for (DemandGroup g : statistics.demand(month)) {
                // A commune the registry does not list (none today: it lists the 19) is served Region-wide.
                String commune = communes.contains(g.commune()) ? g.commune() : DemandGroup.ALL_BRUSSELS;
                Cell cell = cells.computeIfAbsent(commune + "|" + g.language() + "|" + g.targetGroup(), k -> new Cell());
                cell.people += g.people();
                if (Urgency.valueOf(g.urgency()).compareTo(Urgency.valueOf(cell.urgency)) > 0) {
                    cell.urgency = g.urgency();
                }
                cell.kinds.merge(g.kind(), g.people(), Long::sum);
            }
        }
        if (cells.isEmpty()) {
            // The same words whether there were no diagnoses or only a few: how few is what the statistics hide.
            throw new BadInputException("week", "no demand to plan " + week + " from: the statistics of "
                    + describe(from) + " hold fewer than " + statistics.threshold() + " diagnoses (or none)");
        }
        List<SessionJson> sessions = new ArrayList<>();
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Cell cell = e.getValue();
            SessionKind kind = SessionKind.valueOf(cell.kinds.entrySet().stream().max(Map.Entry.comparingByValue())
                    .orElseThrow().getKey());
            // Never a session of fewer people than the statistics show: at most people / threshold sessions.
            long count = Math.max(1, Math.min((cell.people + peoplePerSession - 1) / peoplePerSession,
                    cell.people / statistics.threshold()));
            for (int i = 0; i < count; i++) {
                int participants = Math.toIntExact(cell.people / count + (i < cell.people % count ? 1 : 0));
                sessions.add(session(String.format(Locale.ROOT, "d-%04d", sessions.size() + 1), kind, key[1], key[2],
                        participants, key[0], priority(cell.urgency)));
            }
        }
        ProblemJson problem = facts.problem("demand-" + week, sessions);
        if (cells.keySet().stream().anyMatch(k -> k.startsWith(DemandGroup.ALL_BRUSSELS + "|"))) {
            List<CommuneJson> withRegion = new ArrayList<>(problem.communes());
            withRegion.add(region(problem.communes()));
            problem = new ProblemJson(problem.id(), withRegion, problem.timeslots(), problem.venues(), problem.animators(),
                    problem.kits(), problem.sessions());
        }
        return new Demand(problem, facts.illustrative());
    }

    private static String describe(List<YearMonth> months) {
        return months.size() == 1 ? months.get(0).toString() : months.get(0) + " to " + months.get(months.size() - 1);
    }

    /**
     * The whole Region as a commune of the problem, for the groups merged Region-wide: its point is the mean of the
     * communes' points (the solver charges the distance from there to the venue).
     */
    static CommuneJson region(List<CommuneJson> communes) {
        double lat = communes.stream().mapToDouble(CommuneJson::lat).average().orElseThrow();
        double lon = communes.stream().mapToDouble(CommuneJson::lon).average().orElseThrow();
        return new CommuneJson(DemandGroup.ALL_BRUSSELS, "Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest",
                lat, lon);
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
}
