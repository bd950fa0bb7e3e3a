package be.brussels.pan.service.backup;

import be.brussels.pan.service.web.ConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An online backup of the embedded H2 database: H2's {@code BACKUP TO 'file.zip'}, run inside the service because
 * the running service holds the database file's lock (no other process may open it). The zip holds the database
 * file ({@code pan.mv.db}) as of one consistent moment, while requests go on. The file is named by the server
 * ({@code pan-<UTC time>.zip} in {@code pan.backup.directory}): a caller never names a path. A PostgreSQL database
 * is backed up with its own tools ({@code pg_dump}, docs/security/retention.md), and an in-memory one has no file.
 */
@Component
public class DatabaseBackup {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'pan-'yyyyMMdd'-'HHmmss'-'SSS'.zip'")
            .withZone(ZoneOffset.UTC);

    /** A backup written: its file's absolute path, size and time. */
    public record Backup(String file, long bytes, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final Clock clock;

    public DatabaseBackup(JdbcTemplate jdbc, @Value("${pan.backup.directory}") String directory) {
        this.jdbc = jdbc;
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.clock = Clock.systemUTC();
    }

    /**
     * Writes a backup of the embedded H2 database into {@code pan.backup.directory}.
     *
     * @throws ConflictException the database is not an H2 file (PostgreSQL, or in memory)
     */
    public synchronized Backup backup() {
        String url = jdbc.execute((ConnectionCallback<String>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            if (!"H2".equals(meta.getDatabaseProductName())) {
                throw new ConflictException("the database is " + meta.getDatabaseProductName()
                        + ", not the embedded H2: back it up with its own tools (pg_dump, docs/security/retention.md)");
            }
            return meta.getURL();
        });
        if (url == null || url.startsWith("jdbc:h2:mem:")) {
            throw new ConflictException("the H2 database is not a file (in memory): there is nothing to back up");
        }
        Instant at = clock.instant();
        Path file = directory.resolve(NAME.format(at));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup directory cannot be created (pan.backup.directory)", e);
        }
        // The path is the server's own (configured directory, generated name); quotes are doubled all the same.
        jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        try {
            return new Backup(file.toString(), Files.size(file), at);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup was not written", e);
        }
    }
}
