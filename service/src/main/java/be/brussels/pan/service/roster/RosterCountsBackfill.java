package be.brussels.pan.service.roster;

import be.brussels.pan.service.persistence.BackfillMigration;
import be.brussels.pan.service.web.IsoWeeks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.1: fills the columns V10 added to {@code rosters} for the rosters stored before it: the week
 * (the first real ISO week in the problem id, as the calendars read it; none if the id names none), the number of
 * sessions and, for a finished roster, how many were placed. Read once here rather than by parsing every problem
 * each time the list of rosters is shown. A stored JSON that cannot be read leaves its row's counts empty.
 */
@Component
public class RosterCountsBackfill extends BackfillMigration {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final int BATCH = 200;

    public RosterCountsBackfill() {
        super("10.1", "weeks and session counts of the rosters stored before V10");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(
                "select id, problem_id, problem_json, solution_json from rosters");
             PreparedStatement write = connection.prepareStatement(
                     "update rosters set week = ?, sessions_total = ?, sessions_placed = ? where id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setString(1, IsoWeeks.inProblemId(rows.getString(2)).orElse(null));
                    setCount(write, 2, count(rows.getString(3), "sessions"));
                    setCount(write, 3, count(rows.getString(4), "assignments"));
                    write.setObject(4, rows.getObject(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** The length of a top-level list of a stored JSON object, or null (no JSON, unreadable, no such list). */
    static Integer count(String json, String list) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode items = TREE.readTree(json).get(list);
            return items != null && items.isArray() ? items.size() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void setCount(PreparedStatement statement, int index, Integer count) throws java.sql.SQLException {
        if (count == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, count);
        }
    }
}
