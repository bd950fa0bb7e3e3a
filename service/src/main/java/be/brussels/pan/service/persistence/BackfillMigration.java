package be.brussels.pan.service.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway Java migration that fills columns a SQL migration added, for the rows stored before it. Each lives with
 * the feature that owns its table and is a Spring bean (Spring Boot hands every {@link JavaMigration} bean to
 * Flyway, beside the SQL migrations of {@code db/migration}); this class only says its version and description once.
 * No checksum: a backfill is not edited once released, and it runs in the migration's transaction.
 */
public abstract class BackfillMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected BackfillMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
