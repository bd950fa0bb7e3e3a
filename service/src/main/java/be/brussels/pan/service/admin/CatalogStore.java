package be.brussels.pan.service.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded catalogues (table {@code catalogs}, V3), numbered 1, 2, 3…; the latest is the one in use. */
@Repository
public class CatalogStore {

    /** A stored version without its body. */
    public record Version(long version, OffsetDateTime uploadedAt, String uploadedBy, String catalogVersion,
                          int structures, int services) {
    }

    private final JdbcClient jdbc;

    public CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the next version (the primary key refuses a concurrent upload taking the same number). */
    public Version add(String uploadedBy, String catalogVersion, int structures, int services, String body) {
        long next = jdbc.sql("select coalesce(max(version), 0) + 1 from catalogs").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into catalogs (version, uploaded_at, uploaded_by, catalog_version, structures, services, body)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(next, now, uploadedBy, catalogVersion, structures, services, body)
                .update();
        return new Version(next, now, uploadedBy, catalogVersion, structures, services);
    }

    public List<Version> versions() {
        return jdbc.sql("""
                select version, uploaded_at, uploaded_by, catalog_version, structures, services from catalogs
                order by version desc""")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** The body of one version, as it was uploaded. */
    public Optional<String> body(long version) {
        return jdbc.sql("select body from catalogs where version = ?").param(version).query(String.class).optional();
    }

    /** The body of the latest version, if any catalogue was uploaded. */
    public Optional<String> latestBody() {
        return jdbc.sql("select body from catalogs order by version desc limit 1").query(String.class).optional();
    }
}
