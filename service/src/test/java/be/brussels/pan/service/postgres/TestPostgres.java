package be.brussels.pan.service.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The CI's PostgreSQL server for the tests that run on it. {@code .ci/postgres.sh} installs and starts it and
 * sets PAN_TEST_PG_URL, PAN_TEST_PG_USER and PAN_TEST_PG_PASSWORD. Without them a test is skipped on a
 * developer's machine and fails under CI=true, so that a missing install step cannot pass unnoticed.
 */
public record TestPostgres(String url, String user, String password) {

    /** The server, or the test skipped (failed under CI=true); {@code what} says what the test checks. */
    public static TestPostgres orSkip(String what) {
        String url = System.getenv("PAN_TEST_PG_URL");
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PAN_TEST_PG_URL is not set: .ci/run must start PostgreSQL (.ci/postgres.sh)");
            }
            Assumptions.abort("no PostgreSQL server: run eval \"$(.ci/postgres.sh)\" to test " + what);
        }
        return new TestPostgres(url, System.getenv("PAN_TEST_PG_USER"), System.getenv("PAN_TEST_PG_PASSWORD"));
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A new, empty schema named {@code prefix_<random>}, so that tests on the one server never meet. */
    public String newSchema(String prefix) throws SQLException {
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        execute("create schema " + schema);
        return schema;
    }

    /** The server's URL with {@code schema} as the current schema. */
    public String urlIn(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
