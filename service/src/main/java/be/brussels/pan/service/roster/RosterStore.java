package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters in the database (table {@code rosters}, V3; V22 for several instances): the problem at submission, the
 * best solution so far while solving, the final one at the end, and what the instances share about a solve: which
 * instance solves it, its heartbeat, a cancel request, and the admission lock that bounds the solves cluster-wide.
 * Heartbeats are written and compared on the database's clock, so the instances' clocks do not matter.
 */
@Repository
public class RosterStore {

    /**
     * A stored roster as {@code GET /rosters/{id}} shows it: the problem's id from its column, not the whole
     * problem parsed; the solution, null until the solve ended.
     */
    public record State(UUID id, RosterStatus status, String problemId, SolutionJson.ScoreJson score,
                        SolutionJson solution, Long solveMillis, String failure, UUID restartOf, UUID restartedAs) {
    }

    /** What a restart needs of a roster: its state, whether it was restarted already, and what it solved. */
    public record Restartable(UUID id, RosterStatus status, UUID restartedAs, int seconds, String source, String week,
                              UUID replanOf, Origin origin, String problemJson) {
    }

    /** A stored roster's problem and solution (null until the solve has ended), for the exports. */
    public record Contents(ProblemJson problem, SolutionJson solution) {
    }

    private final JdbcClient jdbc;

    public RosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A roster of the list ({@code GET /rosters}): its columns only, no JSON parsed. {@code placed} and the score
     * are null until the solve has a best solution stored (while SOLVING, the best so far); {@code week} null when neither the request nor the problem id named one.
     */
    public record Listed(UUID id, String week, RosterStatus status, OffsetDateTime createdAt, String source,
                         UUID replanOf, Integer total, Integer placed, SolutionJson.ScoreJson score,
                         OffsetDateTime publishedAt, boolean illustrative) {
    }

    /**
     * What publishing and re-planning need of a roster: its state, week, what it re-plans, whether its facts are
     * the registry's ({@code onRegistry}) and whether any of them is ILLUSTRATIVE.
     */
    public record Publishable(UUID id, RosterStatus status, String week, UUID replanOf, SolutionJson.ScoreJson score,
                              boolean onRegistry, boolean illustrative) {
    }

    /** Where a roster's facts come from: the registry of its week or the problem itself, and if made up. */
    public record Origin(boolean onRegistry, boolean illustrative) {
        /** An uploaded problem's own facts. */
        public static final Origin PROBLEM = new Origin(false, false);
    }

    /** The most rosters the list answers, newest first. */
    static final int LIST_LIMIT = 200;

    /**
     * Admits a solve if fewer than {@code max} live solves (SOLVING rows whose heartbeat is younger than
     * {@code heartbeatCutoff} ago) run in the whole cluster, and stores its roster SOLVING on {@code instance}: one
     * transaction under the admission row's lock, so two instances admitting at once are counted one after the
     * other. A dead instance's solves stop counting when their heartbeat is older than the timeout, before the
     * sweep marks them FAILED. Returns false (and stores nothing) when the bound is reached.
     */
    @Transactional
    public boolean admit(UUID id, String createdBy, String source, int seconds, ProblemJson problem, String week,
                         UUID replanOf, Origin origin, UUID restartOf, String instance, int max,
                         java.time.Duration heartbeatTimeout) {
        jdbc.sql("select id from roster_admission where id = 1 for update").query(Integer.class).single();
        OffsetDateTime cutoff = databaseNow().minus(heartbeatTimeout);
        long live = jdbc.sql("select count(*) from rosters where status = ? and heartbeat_at >= ?")
                .params(RosterStatus.SOLVING.name(), cutoff).query(Long.class).single();
        if (live >= max) {
            return false;
        }
        jdbc.sql("""
                insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,
                    week, replan_of, sessions_total, on_registry, illustrative, restart_of, instance_id, heartbeat_at,
                    cancel_requested)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, false)""")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), createdBy, source, seconds, RosterStatus.SOLVING.name(),
                        problem.id(), RosterJson.write(problem), week, replanOf, problem.sessions().size(),
                        origin.onRegistry(), origin.illustrative(), restartOf, instance)
                .update();
        return true;
    }

    /** The database's clock, which every heartbeat is written and compared on. */
    public OffsetDateTime databaseNow() {
        return jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
    }

    /** The rosters of a week (every week when null), newest first, at most {@value #LIST_LIMIT}. */
    public java.util.List<Listed> list(String week) {
        String where = week == null ? "" : " where week = :week";
        var statement = jdbc.sql("""
                select id, week, status, created_at, source, replan_of, sessions_total, sessions_placed, score_hard,
                    score_medium, score_soft, published_at, illustrative
                from rosters""" + where + " order by created_at desc, id limit " + LIST_LIMIT);
        if (week != null) {
            statement = statement.param("week", week);
        }
        return statement.query((rs, n) -> {
            Long hard = rs.getObject(9, Long.class);
            return new Listed(rs.getObject(1, UUID.class), rs.getString(2), RosterStatus.valueOf(rs.getString(3)),
                    rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getObject(6, UUID.class),
                    rs.getObject(7, Integer.class), rs.getObject(8, Integer.class),
                    hard == null ? null : new SolutionJson.ScoreJson(hard, rs.getLong(10), rs.getLong(11)),
                    rs.getObject(12, OffsetDateTime.class), rs.getBoolean(13));
        }).list();
    }

    public Optional<Publishable> publishable(UUID id) {
        return jdbc.sql("""
                select status, week, replan_of, score_hard, score_medium, score_soft, on_registry, illustrative
                from rosters where id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Long hard = rs.getObject(4, Long.class);
                    return new Publishable(id, RosterStatus.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getObject(3, UUID.class),
                            hard == null ? null : new SolutionJson.ScoreJson(hard, rs.getLong(5), rs.getLong(6)),
                            rs.getBoolean(7), rs.getBoolean(8));
                })
                .optional();
    }

    /** Records that a roster was published (the first time only: a roster is published once). */
    public void published(UUID id, String by, OffsetDateTime at) {
        jdbc.sql("update rosters set published_at = ?, published_by = ? where id = ? and published_at is null")
                .params(at, by, id).update();
    }

    /**
     * Stores the end of a solve this instance ran, if its roster is still SOLVING here: a roster the sweep marked
     * FAILED meanwhile (its heartbeat was late) stays FAILED, and may have been restarted. Returns whether it was.
     */
    public boolean finish(UUID id, String instance, RosterStatus status, SolutionJson solution, long solveMillis,
                          String failure) {
        SolutionJson.ScoreJson score = solution == null ? null : solution.score();
        return jdbc.sql("""
                update rosters set status = ?, solution_json = ?, score_hard = ?, score_medium = ?, score_soft = ?,
                    sessions_placed = ?, solve_millis = ?, finished_at = ?, failure = ?
                where id = ? and status = ? and instance_id = ?""")
                .params(status.name(), solution == null ? null : RosterJson.write(solution),
                        score == null ? null : score.hard(), score == null ? null : score.medium(),
                        score == null ? null : score.soft(), solution == null ? null : solution.assignments().size(),
                        solveMillis, OffsetDateTime.now(ZoneOffset.UTC), clipped(failure), id,
                        RosterStatus.SOLVING.name(), instance)
                .update() == 1;
    }

    /** The best solution so far of a roster this instance solves, for any instance's GET; nothing once it ended. */
    public void progress(UUID id, String instance, SolutionJson best) {
        SolutionJson.ScoreJson score = best.score();
        jdbc.sql("""
                update rosters set solution_json = ?, score_hard = ?, score_medium = ?, score_soft = ?,
                    sessions_placed = ?
                where id = ? and status = ? and instance_id = ?""")
                .params(RosterJson.write(best), score == null ? null : score.hard(),
                        score == null ? null : score.medium(), score == null ? null : score.soft(),
                        best.assignments().size(), id, RosterStatus.SOLVING.name(), instance)
                .update();
    }

    /** This instance's heartbeat on the rosters it solves (those still SOLVING here). */
    public int heartbeat(Collection<UUID> ids, String instance) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update rosters set heartbeat_at = current_timestamp
                where id in (:ids) and status = :solving and instance_id = :instance""")
                .param("ids", ids).param("solving", RosterStatus.SOLVING.name()).param("instance", instance)
                .update();
    }

    /**
     * Of the rosters this instance solves, those it must stop: a cancel was requested (a DELETE on any instance), or
     * the row is no longer SOLVING here (the sweep failed it: another instance may restart it).
     */
    public Set<UUID> toStop(Collection<UUID> ids, String instance) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select id from rosters
                where id in (:ids) and (cancel_requested or status <> :solving or instance_id <> :instance)""")
                .param("ids", ids).param("solving", RosterStatus.SOLVING.name()).param("instance", instance)
                .query(UUID.class).list());
    }

    /** Asks whichever instance solves the roster to stop it; false if it is not SOLVING. */
    public boolean requestCancel(UUID id) {
        return jdbc.sql("update rosters set cancel_requested = true where id = ? and status = ?")
                .params(id, RosterStatus.SOLVING.name()).update() == 1;
    }

    public Optional<RosterStatus> status(UUID id) {
        return jdbc.sql("select status from rosters where id = ?").param(id).query(String.class).optional()
                .map(RosterStatus::valueOf);
    }

    /**
     * Marks FAILED the SOLVING rosters whose heartbeat is older than {@code cutoff} (database time): their instance
     * died or lost the database. Conditional, so any instance may run it at any time, twice or at once.
     */
    public int failStale(OffsetDateTime cutoff, String failure) {
        return jdbc.sql("""
                update rosters set status = ?, failure = ?, finished_at = ?
                where status = ? and (heartbeat_at is null or heartbeat_at < ?)""")
                .params(RosterStatus.FAILED.name(), clipped(failure), OffsetDateTime.now(ZoneOffset.UTC),
                        RosterStatus.SOLVING.name(), cutoff)
                .update();
    }

    public Optional<Restartable> restartable(UUID id) {
        return jdbc.sql("""
                select status, (select r.id from rosters r where r.restart_of = rosters.id), seconds, source, week,
                    replan_of, on_registry, illustrative, problem_json
                from rosters where id = ?""")
                .param(id)
                .query((rs, n) -> new Restartable(id, RosterStatus.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class),
                        new Origin(rs.getBoolean(7), rs.getBoolean(8)), rs.getString(9)))
                .optional();
    }

    private static String clipped(String failure) {
        return failure == null ? null : failure.substring(0, Math.min(500, failure.length()));
    }

    public Optional<State> state(UUID id) {
        return jdbc.sql("""
                select status, problem_id, score_hard, score_medium, score_soft, solution_json, solve_millis, failure,
                    restart_of, (select r.id from rosters r where r.restart_of = rosters.id)
                from rosters where id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Long hard = rs.getObject(3, Long.class);
                    SolutionJson.ScoreJson score = hard == null ? null
                            : new SolutionJson.ScoreJson(hard, rs.getLong(4), rs.getLong(5));
                    String solution = rs.getString(6);
                    return new State(id, RosterStatus.valueOf(rs.getString(1)), rs.getString(2), score,
                            solution == null ? null : stored(id, () -> RosterJson.readSolution(solution)),
                            rs.getObject(7, Long.class), rs.getString(8), rs.getObject(9, UUID.class),
                            rs.getObject(10, UUID.class));
                })
                .optional();
    }

    public Optional<Contents> contents(UUID id) {
        return jdbc.sql("select problem_json, solution_json from rosters where id = ?")
                .param(id)
                .query((rs, n) -> {
                    String problem = rs.getString(1);
                    String solution = rs.getString(2);
                    return new Contents(stored(id, () -> RosterJson.readProblem(problem)),
                            solution == null ? null : stored(id, () -> RosterJson.readSolution(solution)));
                })
                .optional();
    }

    /**
     * What the service stored, read back. The service wrote it with {@code RosterJson}, so a refusal here is a
     * fault of the database, not of the caller: it must not reach the client as an invalid problem (400).
     */
    private static <T> T stored(UUID id, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidProblemException e) {
            throw new IllegalStateException("roster " + id + " is stored unreadable", e);
        }
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from rosters where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /**
     * At start-up, the rosters a previous run of this same instance left SOLVING: their solve is lost. Only an
     * instance id set in the configuration names a previous run (a generated one is new at every start); the others
     * are left to the sweep ({@link #failStale}).
     */
    public int failLeftBy(String instance, String failure) {
        return jdbc.sql("update rosters set status = ?, failure = ?, finished_at = ? where status = ? and instance_id = ?")
                .params(RosterStatus.FAILED.name(), clipped(failure), OffsetDateTime.now(ZoneOffset.UTC),
                        RosterStatus.SOLVING.name(), instance)
                .update();
    }
}
