package be.brussels.pan.service.diagnosis;

import be.brussels.pan.service.persistence.BackfillMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 5.1: fills {@code orientation_kinds} (added by V5) for the diagnoses stored before it, from
 * their stored response, read once here instead of at every roster built from the demand. It lives with the
 * diagnosis feature, the table's owner; Spring Boot hands every {@code JavaMigration} bean to Flyway, beside the
 * SQL migrations of {@code db/migration}.
 */
@Component
public class OrientationKindsBackfill extends BackfillMigration {

    /** Rows updated per JDBC batch. */
    private static final int BATCH = 500;

    public OrientationKindsBackfill() {
        super("5.1", "orientation kinds of the diagnoses stored before V5");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("select id, response_json from diagnoses");
             PreparedStatement write = connection.prepareStatement(
                     "update diagnoses set orientation_kinds = ? where id = ?")) {
            read.setFetchSize(BATCH); // PostgreSQL then reads the rows by pages, not all at once
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String kinds = OrientationKinds.ofStoredJson(rows.getBytes(2));
                    if (kinds.isEmpty()) {
                        continue; // the column's default
                    }
                    write.setString(1, kinds);
                    write.setObject(2, rows.getObject(1));
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
}
