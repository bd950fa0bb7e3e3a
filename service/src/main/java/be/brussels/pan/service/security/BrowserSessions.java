package be.brussels.pan.service.security;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Browser sessions in the database (issue 16; Spring Boot configures Spring Session JDBC, the tables are Flyway's
 * V20). On PostgreSQL, Spring Session's own customizer writes a session's attributes with
 * {@code insert … on conflict do update}: two requests of one browser setting the same attribute at once, on one
 * instance or on two, update it rather than fail on the primary key. H2 has no such statement: the embedded default
 * keeps Spring Session's plain insert, as its own schema-h2.sql expects.
 */
@Configuration
public class BrowserSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertAttributesOnPostgresql(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresql = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if ("PostgreSQL".equals(product)) {
                postgresql.customize(repository);
            }
        };
    }
}
