package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSession;
import be.brussels.pan.service.session.PublishedSessions;
import be.brussels.pan.service.session.SessionStatus;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing rosters and re-planning published weeks (issue 13): a DONE roster becomes its week's published
 * sessions; a re-plan of the published roster, solved on the week's facts as they are now ({@link WeekFacts}) with
 * each published session's place and lock, replaces it when published, session by session.
 */
@Service
public class Publication {

    private final RosterStore store;
    private final RosterSolves solves;
    private final PublishedSessions sessions;
    private final WeekFacts facts;

    public Publication(RosterStore store, RosterSolves solves, PublishedSessions sessions, WeekFacts facts) {
        this.store = store;
        this.solves = solves;
        this.sessions = sessions;
        this.facts = facts;
    }

    /**
     * Makes a DONE roster its week's plan: the first roster of a week, or a re-plan of the week's published roster.
     *
     * @throws ConflictException naming the status, the week or the roster in the way
     */
    @Transactional
    public RosterPublication publish(UUID id, String user) {
        RosterStore.Publishable roster = publishable(id);
        if (roster.status() != RosterStatus.DONE) {
            throw new ConflictException("roster " + id + " is " + roster.status() + ": only a DONE roster can be"
                    + " published");
        }
        if (roster.week() == null) {
            throw new ConflictException("roster " + id + " has no week: submit its problem with ?week= (or an id"
                    + " naming the week, like demand-2026-W49) to publish it");
        }
        if (roster.score() != null && roster.score().hard() < 0) {
            throw new ConflictException("roster " + id + " breaks " + -roster.score().hard() + " hard constraint(s):"
                    + " it cannot be published");
        }
        String week = roster.week();
        Optional<UUID> current = sessions.publishedRoster(week);
        if (current.isPresent() && current.get().equals(id)) {
            throw new ConflictException("roster " + id + " is already the published roster of week " + week);
        }
        if (current.isPresent() && !current.get().equals(roster.replanOf())) {
            throw new ConflictException("week " + week + " is published already (roster " + current.get()
                    + "): publish a re-plan of it (POST /api/v1/rosters/" + current.get() + "/replan)");
        }
        RosterStore.Contents contents = store.contents(id).orElseThrow(() -> new NotFoundException("roster", id));
        List<Placement> placements = Placements.of(week, contents.problem(), contents.solution());
        // To the millisecond, as the database keeps it: the answer shows what a later read shows.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        PublishedSessions.Outcome outcome = current.isEmpty()
                ? sessions.publish(week, id, placements, user, now)
                : sessions.republish(week, current.get(), id, placements, reasonsIn(contents.solution()), user, now);
        store.published(id, user, now);
        return new RosterPublication(id, week, current.orElse(null),
                now.atZoneSameInstant(be.brussels.pan.roster.domain.Week.ZONE).toOffsetDateTime(),
                outcome.published(), outcome.kept(), outcome.moved(), outcome.dropped(), outcome.added());
    }

    /**
     * Starts a re-plan of a week's published roster: its problem's sessions on the week's facts as they are now
     * (the registry's, absences included, for a roster planned on it: {@link WeekFacts}),
     * each published session with its published assignment and its lock, solved reproducibly (the same week and
     * locks give the same re-plan).
     *
     * @throws ConflictException if the roster is not its week's published roster
     */
    public UUID replan(UUID id, int seconds, String user) {
        RosterStore.Publishable roster = publishable(id);
        Optional<UUID> current = roster.week() == null ? Optional.empty() : sessions.publishedRoster(roster.week());
        if (current.isEmpty() || !current.get().equals(id)) {
            throw new ConflictException("roster " + id + " is not the published roster of "
                    + (roster.week() == null ? "a week" : "week " + roster.week()) + (current.isPresent()
                    ? " (roster " + current.get() + " is): re-plan that one" : ": publish it first"));
        }
        ProblemJson published = store.contents(id).orElseThrow(() -> new NotFoundException("roster", id)).problem();
        WeekFacts.Facts now = facts.of(roster.week(), published, roster.onRegistry());
        ProblemJson problem = replanProblem(published, now, sessions.ofWeek(roster.week()));
        return solves.submit(new RosterSolves.Submission(problem, seconds, user, "REPLAN", roster.week(), id,
                new RosterStore.Origin(roster.onRegistry(), roster.illustrative() || now.illustrative())));
    }

    /**
     * The re-plan's problem: the published problem's sessions, none with the published fields it may carry from
     * an earlier re-plan, each placed session with its published assignment as stored now and locked when the
     * planner locked it (a pinned session is kept by its pin, never locked).
     */
    static ProblemJson replanProblem(ProblemJson published, WeekFacts.Facts now, Map<String, PublishedSession> stored) {
        List<SessionJson> list = published.sessions().stream().map(s -> {
            SessionJson bare = s.withPublished(null, null);
            PublishedSession p = stored.get(s.id());
            if (p == null || p.status() == SessionStatus.DROPPED) {
                return bare;
            }
            Placement at = p.placement();
            boolean lock = s.pinned() == null && p.locked();
            return bare.withPublished(new AssignmentJson(s.id(), at.timeslotId(), at.venueId(), at.animatorId(),
                    at.kitId()), lock ? Boolean.TRUE : null);
        }).toList();
        return new ProblemJson(published.id(), now.communes(), now.timeslots(), now.venues(), now.animators(),
                now.kits(), list);
    }

    /** What a re-plan changes (planner's report), with each session's published id. */
    public RosterChanges changes(UUID id, SolutionJson solution) {
        RosterStore.Publishable roster = publishable(id);
        if (solution == null) {
            throw new ConflictException("roster " + id + " has no solution yet");
        }
        if (solution.changes() == null) {
            throw new ConflictException("roster " + id + " is not a re-plan: its problem has no published session");
        }
        Map<String, UUID> ids = new HashMap<>();
        if (roster.week() != null) {
            sessions.ofWeek(roster.week()).forEach((ref, s) -> ids.put(ref, s.id()));
        }
        int[] counts = new int[SolutionJson.Change.values().length];
        List<RosterChanges.Entry> entries = solution.changes().stream()
                .peek(c -> counts[c.change().ordinal()]++)
                .filter(c -> c.change() != SolutionJson.Change.KEPT)
                .map(c -> new RosterChanges.Entry(c.session(), ids.get(c.session()), c.change(), c.locked(), c.from(),
                        c.to(), c.reasons()))
                .toList();
        boolean published = roster.week() != null
                && sessions.publishedRoster(roster.week()).map(id::equals).orElse(false);
        return new RosterChanges(id, roster.week(), roster.replanOf(), published,
                counts[SolutionJson.Change.KEPT.ordinal()], counts[SolutionJson.Change.MOVED.ordinal()],
                counts[SolutionJson.Change.DROPPED.ordinal()], counts[SolutionJson.Change.ADDED.ordinal()], entries);
    }

    /** The rosters of a week (or all), with whether each is its week's published roster now. */
    public List<RosterSummary> list(String week) {
        Map<String, Optional<UUID>> publishedByWeek = new HashMap<>();
        return store.list(week).stream().map(r -> {
            boolean published = r.week() != null && publishedByWeek
                    .computeIfAbsent(r.week(), sessions::publishedRoster).map(r.id()::equals).orElse(false);
            // While SOLVING, the best so far as the solving instance stored it (whichever instance it is).
            Integer placed = r.placed();
            SolutionJson.ScoreJson score = r.score();
            return new RosterSummary(r.id(), r.week(), r.status(),
                    r.createdAt().atZoneSameInstant(be.brussels.pan.roster.domain.Week.ZONE).toOffsetDateTime(),
                    r.source(), r.replanOf(), new RosterSummary.Sessions(placed, r.total()), score, published,
                    r.publishedAt() == null ? null : r.publishedAt()
                            .atZoneSameInstant(be.brussels.pan.roster.domain.Week.ZONE).toOffsetDateTime(),
                    r.illustrative());
        }).toList();
    }

    /** The planner's reasons for a session of a re-plan: those of its change, else those it stayed unassigned for. */
    private static java.util.function.Function<String, List<String>> reasonsIn(SolutionJson solution) {
        Map<String, List<String>> reasons = new HashMap<>();
        solution.unassigned().forEach(u -> reasons.put(u.session(), u.reasons()));
        if (solution.changes() != null) {
            solution.changes().forEach(c -> {
                if (!c.reasons().isEmpty()) {
                    reasons.put(c.session(), c.reasons());
                }
            });
        }
        return session -> reasons.getOrDefault(session, List.of());
    }

    private RosterStore.Publishable publishable(UUID id) {
        return store.publishable(id).orElseThrow(() -> new NotFoundException("roster", id));
    }
}
