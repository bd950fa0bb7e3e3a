package be.brussels.pan.service.roster;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rosters in the database (table {@code rosters}, V3): the problem at submission, the solution at the end. */
@Repository
public class RosterStore {

    /** One stored roster; {@code solution} is null until the solve has ended. */
    public record Stored(UUID id, OffsetDateTime createdAt, String createdBy, String source, int seconds,
                         RosterStatus status, ProblemJson problem, SolutionJson solution, Long solveMillis,
                         String failure) {
    }

    private final JdbcClient jdbc;

    public RosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(UUID id, String createdBy, String source, int seconds, ProblemJson problem) {
        jdbc.sql("""
                insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), createdBy, source, seconds, RosterStatus.SOLVING.name(),
                        problem.id(), RosterJson.write(problem))
                .update();
    }

    public void finish(UUID id, RosterStatus status, SolutionJson solution, long solveMillis, String failure) {
        SolutionJson.ScoreJson score = solution == null ? null : solution.score();
        jdbc.sql("""
                update rosters set status = ?, solution_json = ?, score_hard = ?, score_medium = ?, score_soft = ?,
                    solve_millis = ?, finished_at = ?, failure = ? where id = ?""")
                .params(status.name(), solution == null ? null : RosterJson.write(solution),
                        score == null ? null : score.hard(), score == null ? null : score.medium(),
                        score == null ? null : score.soft(), solveMillis, OffsetDateTime.now(ZoneOffset.UTC),
                        failure == null ? null : failure.substring(0, Math.min(500, failure.length())), id)
                .update();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("""
                select id, created_at, created_by, source, seconds, status, problem_json, solution_json,
                    solve_millis, failure from rosters where id = ?""")
                .param(id)
                .query((rs, n) -> {
                    String solution = rs.getString(8);
                    Long millis = rs.getObject(9, Long.class);
                    return new Stored(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                            rs.getString(3), rs.getString(4), rs.getInt(5), RosterStatus.valueOf(rs.getString(6)),
                            RosterJson.readProblem(rs.getString(7)),
                            solution == null ? null : RosterJson.readSolution(solution),
                            millis, rs.getString(10));
                })
                .optional();
    }

    /** Rosters left SOLVING by a stopped service: their solve is lost (solving is in memory). */
    public int failInterrupted() {
        return jdbc.sql("update rosters set status = ?, failure = ?, finished_at = ? where status = ?")
                .params(RosterStatus.FAILED.name(), "the service stopped before the solve ended",
                        OffsetDateTime.now(ZoneOffset.UTC), RosterStatus.SOLVING.name())
                .update();
    }
}
