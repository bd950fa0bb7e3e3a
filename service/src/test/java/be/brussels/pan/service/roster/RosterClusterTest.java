package be.brussels.pan.service.roster;

import java.util.List;
import java.util.UUID;

/**
 * {@link RosterClusterChecks} on the embedded default's database: two instances on one in-memory H2 database (in
 * PostgreSQL mode, as the service runs it), kept open between the contexts ({@code DB_CLOSE_DELAY=-1}).
 */
class RosterClusterTest extends RosterClusterChecks {

    private final String database = "cluster-" + UUID.randomUUID();

    @Override
    protected List<String> databaseArguments() {
        return List.of("--spring.datasource.url=jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
