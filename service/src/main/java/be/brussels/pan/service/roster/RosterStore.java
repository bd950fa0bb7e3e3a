package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rosters in the database (table {@code rosters}, V3): the problem at submission, the solution at the end. */
@Repository
public class RosterStore {

    /**
     * A stored roster as {@code GET /rosters/{id}} shows it: the problem's id from its column, not the whole
     * problem parsed; the solution, null until the solve ended.
     */
    public record State(UUID id, RosterStatus status, String problemId, SolutionJson.ScoreJson score,
                        SolutionJson solution, Long solveMillis, String failure) {
    }

    /** A stored roster's problem and solution (null until the solve has ended), for the exports. */
    public record Contents(ProblemJson problem, SolutionJson solution) {
    }

    private final JdbcClient jdbc;

    public RosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A roster of the list ({@code GET /rosters}): its columns only, no JSON parsed. {@code placed} is null until
     * the solve has ended; {@code week} null when neither the request nor the problem id named one.
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

    public void create(UUID id, String createdBy, String source, int seconds, ProblemJson problem, String week,
                       UUID replanOf, Origin origin) {
        jdbc.sql("""
                insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,
                    week, replan_of, sessions_total, on_registry, illustrative)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), createdBy, source, seconds, RosterStatus.SOLVING.name(),
                        problem.id(), RosterJson.write(problem), week, replanOf, problem.sessions().size(),
                        origin.onRegistry(), origin.illustrative())
                .update();
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

    public void finish(UUID id, RosterStatus status, SolutionJson solution, long solveMillis, String failure) {
        SolutionJson.ScoreJson score = solution == null ? null : solution.score();
        jdbc.sql("""
                update rosters set status = ?, solution_json = ?, score_hard = ?, score_medium = ?, score_soft = ?,
                    sessions_placed = ?, solve_millis = ?, finished_at = ?, failure = ? where id = ?""")
                .params(status.name(), solution == null ? null : RosterJson.write(solution),
                        score == null ? null : score.hard(), score == null ? null : score.medium(),
                        score == null ? null : score.soft(), solution == null ? null : solution.assignments().size(),
                        solveMillis, OffsetDateTime.now(ZoneOffset.UTC),
                        failure == null ? null : failure.substring(0, Math.min(500, failure.length())), id)
                .update();
    }

    public Optional<State> state(UUID id) {
        return jdbc.sql("""
                select status, problem_id, score_hard, score_medium, score_soft, solution_json, solve_millis, failure
                from rosters where id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Long hard = rs.getObject(3, Long.class);
                    SolutionJson.ScoreJson score = hard == null ? null
                            : new SolutionJson.ScoreJson(hard, rs.getLong(4), rs.getLong(5));
                    String solution = rs.getString(6);
                    return new State(id, RosterStatus.valueOf(rs.getString(1)), rs.getString(2), score,
                            solution == null ? null : stored(id, () -> RosterJson.readSolution(solution)),
                            rs.getObject(7, Long.class), rs.getString(8));
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

    /** Rosters left SOLVING by a stopped service: their solve is lost (solving is in memory). */
    public int failInterrupted() {
        return jdbc.sql("update rosters set status = ?, failure = ?, finished_at = ? where status = ?")
                .params(RosterStatus.FAILED.name(), "the service stopped before the solve ended",
                        OffsetDateTime.now(ZoneOffset.UTC), RosterStatus.SOLVING.name())
                .update();
    }
}
