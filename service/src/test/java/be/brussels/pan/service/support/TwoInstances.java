package be.brussels.pan.service.support;

import be.brussels.pan.service.PanServiceApplication;
import be.brussels.pan.service.postgres.TestPostgres;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two (or more) instances of the service in this JVM, each a Spring application context with its own web server on
 * a port of its own, sharing one database (issue 16): a new schema of the CI's PostgreSQL server when
 * PAN_TEST_PG_URL is set (the {@code postgres} profile, as in production), else one in-memory H2 database (which
 * both contexts reach by its name). No balancer: a test picks the instance each request goes to.
 */
public final class TwoInstances implements AutoCloseable {

    private final List<String> database;
    private final String url;
    private final String user;
    private final String password;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private TwoInstances(List<String> database, String url, String user, String password) {
        this.database = database;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new database (schema) named after {@code prefix}; no instance started yet. */
    public static TwoInstances onOneDatabase(String prefix) throws Exception {
        if (System.getenv("PAN_TEST_PG_URL") != null) {
            TestPostgres pg = TestPostgres.orSkip("several instances on one PostgreSQL");
            String schema = pg.newSchema(prefix);
            return new TwoInstances(List.of("--spring.profiles.active=postgres", "--PAN_DB_URL=" + pg.urlIn(schema),
                    "--PAN_DB_USER=" + pg.user(), "--PAN_DB_PASSWORD=" + pg.password()), pg.urlIn(schema), pg.user(),
                    pg.password());
        }
        String url = "jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new TwoInstances(List.of("--spring.datasource.url=" + url), url, "pan", "");
    }

    /** Starts one more instance on the database, with these further arguments ({@code --name=value}). */
    public ConfigurableApplicationContext start(String... arguments) {
        return start(new Class<?>[0], arguments);
    }

    /** {@link #start(String...)}, with further configuration classes of the test's (a test-only endpoint). */
    public ConfigurableApplicationContext start(Class<?>[] sources, String... arguments) {
        List<String> all = new ArrayList<>(database);
        all.add("--server.port=0");
        all.addAll(List.of(arguments));
        List<Class<?>> classes = new ArrayList<>(List.of(PanServiceApplication.class));
        classes.addAll(List.of(sources));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(classes.toArray(Class<?>[]::new))
                .run(all.toArray(String[]::new));
        instances.add(context);
        return context;
    }

    public ConfigurableApplicationContext instance(int i) {
        return instances.get(i);
    }

    public int port(int i) {
        return ((ServletWebServerApplicationContext) instances.get(i)).getWebServer().getPort();
    }

    public URI uri(int i, String path) {
        return URI.create("http://localhost:" + port(i) + path);
    }

    /** The shared database, through the first instance's pool. */
    public JdbcClient jdbc() {
        return instances.get(0).getBean(JdbcClient.class);
    }

    /** The shared database through a connection of the test's own, usable after every instance has stopped. */
    public JdbcClient jdbcOutside() {
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, user, password));
    }

    public <T> T bean(int i, Class<T> type) {
        return instances.get(i).getBean(type);
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext context : instances) {
            if (context.isActive()) {
                context.close();
            }
        }
    }
}
