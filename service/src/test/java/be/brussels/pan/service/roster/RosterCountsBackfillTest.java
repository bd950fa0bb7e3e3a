package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.diagnosis.OrientationKindsBackfill;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Migration 10.1 gives the rosters stored before V10 their week and session counts. */
class RosterCountsBackfillTest {

    @Test
    void rostersStoredBeforeV10GetTheirWeekAndCounts() throws Exception {
        String url = "jdbc:h2:mem:rosters-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "pan", "").locations("classpath:db/migration")
                .javaMigrations(new OrientationKindsBackfill()).target("5.1").load().migrate();
        List<UUID> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "pan", "");
             PreparedStatement insert = c.prepareStatement("""
                     insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,
                         solution_json) values (?, ?, 'planner', 'DEMAND', 30, ?, ?, ?, ?)""")) {
            Object[][] rows = {
                    {"DONE", "demand-2026-W49", "{\"sessions\":[{},{},{}]}", "{\"assignments\":[{},{}]}"},
                    {"SOLVING", "illustrative-M-seed42", "{\"sessions\":[{}]}", null},
                    {"FAILED", "demand-2026-W60", "{\"sessions\":", null}};
            for (Object[] row : rows) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert.setObject(1, id);
                insert.setObject(2, OffsetDateTime.parse("2026-11-02T10:00:00Z"));
                insert.setString(3, (String) row[0]);
                insert.setString(4, (String) row[1]);
                insert.setString(5, (String) row[2]);
                insert.setString(6, (String) row[3]);
                insert.executeUpdate();
            }
        }

        var result = Flyway.configure().dataSource(url, "pan", "").locations("classpath:db/migration")
                .javaMigrations(new OrientationKindsBackfill(), new RosterCountsBackfill()).load().migrate();

        assertThat(result.migrations).extracting(m -> m.version).contains("10", "10.1");
        List<String> read = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "pan", "");
             PreparedStatement select = c.prepareStatement(
                     "select week, sessions_total, sessions_placed from rosters where id = ?")) {
            for (UUID id : ids) {
                select.setObject(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    read.add(rs.getString(1) + " " + rs.getObject(2) + " " + rs.getObject(3));
                }
            }
        }
        assertThat(read).containsExactly("2026-W49 3 2", "null 1 null", "null null null");
    }
}
