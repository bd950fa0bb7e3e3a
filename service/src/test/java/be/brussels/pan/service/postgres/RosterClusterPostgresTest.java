package be.brussels.pan.service.postgres;

import be.brussels.pan.service.roster.RosterClusterChecks;
import java.util.List;

/**
 * {@link RosterClusterChecks} on PostgreSQL, the database several instances share in production: two instances
 * on one schema of their own (the admission lock's {@code for update}, the heartbeats on the database's clock, the
 * conditional sweep). Skipped without PAN_TEST_PG_URL, failed under CI=true (as {@link PostgresProfileTest}).
 */
class RosterClusterPostgresTest extends RosterClusterChecks {

    private TestPostgres pg;
    private String schema;

    @Override
    protected List<String> databaseArguments() throws Exception {
        if (pg == null) {
            pg = TestPostgres.orSkip("roster solves across two instances on it");
            schema = pg.newSchema("rostercluster");
        }
        return List.of("--spring.profiles.active=postgres", "--PAN_DB_URL=" + pg.urlIn(schema),
                "--PAN_DB_USER=" + pg.user(), "--PAN_DB_PASSWORD=" + pg.password());
    }

    @Override
    protected void dropDatabase() throws Exception {
        if (pg != null && schema != null) {
            pg.execute("drop schema " + schema + " cascade");
        }
    }
}
