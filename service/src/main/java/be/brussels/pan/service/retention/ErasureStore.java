package be.brussels.pan.service.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The audit of erasures, table {@code erasures} (V17): counts, when and who; never the reference. */
@Repository
public class ErasureStore {

    private final JdbcClient jdbc;

    public ErasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an erasure, in the caller's transaction (the erasure's own), and returns it with its number. */
    ErasureRecord add(Instant at, String actor, Removed removed) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into erasures (erased_at, actor, diagnoses, referrals, transitions, notifications, seats_freed)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(at.atOffset(ZoneOffset.UTC), actor, removed.diagnoses(), removed.referrals(),
                        removed.transitions(), removed.notifications(), removed.seatsFreed())
                .update(key, "seq");
        return ErasureRecord.of(key.getKey().longValue(), at, actor, removed);
    }

    /** The last {@code limit} erasures, newest first. */
    List<ErasureRecord> recent(int limit) {
        return jdbc.sql("select seq, erased_at, actor, diagnoses, referrals, transitions, notifications, seats_freed"
                        + " from erasures order by seq desc limit ?")
                .param(limit)
                .query((rs, n) -> new ErasureRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }
}
