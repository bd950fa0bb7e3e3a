package be.brussels.pan.service.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's tables (V6) and its audit (V7). Writes go through {@link Registry}, which checks them and
 * runs them in one transaction; this class only reads and writes rows.
 */
@Repository
public class RegistryStore {

    /** A change to audit: the records before (null for a creation) and after. */
    record Change(String entity, String id, String action, List<String> changed, Map<String, Object> before,
                  Map<String, Object> after) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    public RegistryStore(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Every record of a list, retired ones included, by id. */
    <T extends RegistryEntry> List<T> all(EntryType<T> type) {
        return jdbc.sql("select * from " + type.table() + " order by id").query((rs, n) -> type.read(rs)).list();
    }

    <T extends RegistryEntry> Optional<T> find(EntryType<T> type, String id) {
        return jdbc.sql("select * from " + type.table() + " where id = ?").param(id)
                .query((rs, n) -> type.read(rs)).optional();
    }

    /** The ids of a list's active records. */
    List<String> activeIds(EntryType<?> type) {
        return jdbc.sql("select id from " + type.table() + " where retired_at is null").query(String.class).list();
    }

    /** Whether the registry has no record at all (first start). */
    boolean isEmpty() {
        for (EntryType<?> type : EntryType.ALL) {
            if (jdbc.sql("select count(*) from " + type.table()).query(Long.class).single() > 0) {
                return false;
            }
        }
        return true;
    }

    /** Inserts new records (version and provenance as given, active). */
    <T extends RegistryEntry> void insert(EntryType<T> type, List<T> entries, String actor, OffsetDateTime at) {
        if (entries.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of("id"));
        columns.addAll(type.dbColumns());
        columns.addAll(List.of("provenance", "retired_at", "version", "updated_at", "updated_by"));
        String sql = "insert into " + type.table() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        List<Object[]> rows = new ArrayList<>();
        for (T entry : entries) {
            List<Object> values = new ArrayList<>(List.of(entry.id()));
            values.addAll(type.dbValues(entry));
            values.addAll(java.util.Arrays.asList(entry.provenance().name(), null, entry.version(), utc(at), actor));
            rows.add(values.toArray());
        }
        batch.batchUpdate(sql, rows);
    }

    /**
     * Writes records over the stored ones at the version each was read ({@code version() - 1}): the number of
     * records that were at that version and were written. Retired ones keep their retirement date.
     */
    <T extends RegistryEntry> int update(EntryType<T> type, List<T> entries, String actor, OffsetDateTime at) {
        if (entries.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("update " + type.table() + " set ");
        for (String column : type.dbColumns()) {
            sql.append(column).append(" = ?, ");
        }
        sql.append("provenance = ?, retired_at = case when ? then coalesce(retired_at, ?) else null end, version = ?,"
                + " updated_at = ?, updated_by = ? where id = ? and version = ?");
        List<Object[]> rows = new ArrayList<>();
        for (T entry : entries) {
            List<Object> values = new ArrayList<>(type.dbValues(entry));
            values.addAll(List.of(entry.provenance().name(), entry.retired(), utc(at), entry.version(), utc(at), actor,
                    entry.id(), entry.version() - 1));
            rows.add(values.toArray());
        }
        int written = 0;
        for (int count : batch.batchUpdate(sql.toString(), rows)) {
            // A driver may answer SUCCESS_NO_INFO (-2) for a batched statement; PostgreSQL and H2 give the count.
            written += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return written;
    }

    void audit(List<Change> changes, String actor, String source, OffsetDateTime at) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Change c : changes) {
            rows.add(new Object[] {utc(at), actor, source, c.entity(), c.id(), c.action(),
                    String.join(",", c.changed()), write(c.before()), write(c.after())});
        }
        batch.batchUpdate("insert into registry_audit (changed_at, actor, source, entity, entity_id, action, changed,"
                + " before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The audit, newest first: of one entity (and id) when given, before {@code beforeSeq} when given. */
    List<AuditEntry> audit(String entity, String id, Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("select * from registry_audit where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (entity != null) {
            sql.append(" and entity = ?");
            params.add(entity);
        }
        if (id != null) {
            sql.append(" and entity_id = ?");
            params.add(id);
        }
        if (beforeSeq != null) {
            sql.append(" and seq < ?");
            params.add(beforeSeq);
        }
        sql.append(" order by seq desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(rs.getLong("seq"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("source"),
                rs.getString("entity"), rs.getString("entity_id"), rs.getString("action"),
                EntryType.stored(rs.getString("changed")), read(rs.getString("before_json")),
                read(rs.getString("after_json")))).list();
    }

    private String write(Map<String, Object> record) {
        if (record == null) {
            return null;
        }
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a registry record could not be written as JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit row is stored unreadable", e);
        }
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
