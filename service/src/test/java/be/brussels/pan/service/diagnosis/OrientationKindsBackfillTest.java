package be.brussels.pan.service.diagnosis;

import be.brussels.pan.service.postgres.TestPostgres;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration 5.1 fills {@code orientation_kinds} for the diagnoses stored before V5 added it, on H2 and, when the
 * CI's server is there (PAN_TEST_PG_URL, see PostgresProfileTest), on PostgreSQL in a schema of its own.
 */
class OrientationKindsBackfillTest {

    private static final String H2 = "jdbc:h2:mem:backfill-%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void rowsStoredBeforeV5GetTheKindsOfTheirStoredResponseOnH2() throws Exception {
        String url = H2.formatted(UUID.randomUUID());

        Map<UUID, String> kinds = migrateRowsStoredBeforeV5(url, "pan", "", null);

        assertThat(kinds.values()).containsExactly("SOCIAL_SUPPORT,START_DIGITAL,PARTNER,EPN", "EPN,PARTNER", "", "");
    }

    @Test
    void rowsStoredBeforeV5GetTheKindsOfTheirStoredResponseOnPostgresql() throws Exception {
        TestPostgres pg = TestPostgres.orSkip("the backfill on PostgreSQL");
        String schema = pg.newSchema("backfill");
        try {
            Map<UUID, String> kinds = migrateRowsStoredBeforeV5(pg.urlIn(schema), pg.user(), pg.password(), schema);

            assertThat(kinds.values()).containsExactly("SOCIAL_SUPPORT,START_DIGITAL,PARTNER,EPN", "EPN,PARTNER", "", "");
        } finally {
            pg.execute("drop schema " + schema + " cascade");
        }
    }

    /**
     * Migrates an empty database to V4, stores four diagnoses the way V4 stored them (esteban's response, anne's,
     * a response that cannot be read, one without orientations), migrates to the end, and returns each row's
     * orientation_kinds in the order stored.
     */
    private static Map<UUID, String> migrateRowsStoredBeforeV5(String url, String user, String password, String schema)
            throws Exception {
        flyway(url, user, password, schema).target("4").load().migrate();
        Map<UUID, byte[]> responses = new LinkedHashMap<>();
        responses.put(UUID.randomUUID(), Files.readAllBytes(Path.of("..", "examples", "requests", "esteban.response.json")));
        responses.put(UUID.randomUUID(), Files.readAllBytes(Path.of("..", "examples", "requests", "anne.response.json")));
        responses.put(UUID.randomUUID(), "{\"orientations\":[{\"kind\":".getBytes(StandardCharsets.UTF_8));
        responses.put(UUID.randomUUID(), "{\"orientations\":[]}".getBytes(StandardCharsets.UTF_8));
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = c.prepareStatement("""
                     insert into diagnoses (id, created_at, created_by, organisation, channel, locale, score, level,
                         digcomp_level, persona, urgency, target_groups, rule_base_version, response_json)
                     values (?, ?, 'ana', 'Actiris', 'ACTIRIS', 'fr', 50, 'HIGH', '1', 'ESTEBAN', 'HIGH', '', '1.0.0', ?)""")) {
            for (Map.Entry<UUID, byte[]> r : responses.entrySet()) {
                insert.setObject(1, r.getKey());
                insert.setObject(2, OffsetDateTime.parse("2026-11-02T10:00:00Z"));
                insert.setBytes(3, r.getValue());
                insert.executeUpdate();
            }
        }

        // Up to 5.1 only: later migrations (the registry's V6, V7; V10) are not this test's, and 10.1 needs
        // its own Java migration.
        var result = flyway(url, user, password, schema).javaMigrations(new OrientationKindsBackfill()).target("5.1")
                .load().migrate();
        assertThat(result.migrations).extracting(m -> m.version).containsExactly("5", "5.1");

        Map<UUID, String> kinds = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement select = c.prepareStatement("select orientation_kinds from diagnoses where id = ?")) {
            for (UUID id : responses.keySet()) {
                select.setObject(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    kinds.put(id, rs.getString(1));
                }
            }
        }
        return kinds;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String password,
                                                                                  String schema) {
        var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        return schema == null ? configuration : configuration.schemas(schema).defaultSchema(schema);
    }
}
