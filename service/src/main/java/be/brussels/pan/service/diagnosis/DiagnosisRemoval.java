package be.brussels.pan.service.diagnosis;

import be.brussels.pan.roster.domain.Week;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Removing stored diagnoses (issue 15): the diagnosis feature's part of the retention job and of an erasure, which
 * run it inside their own transaction, after the referrals of these diagnoses are gone (they refer to them).
 * Rows are locked before they are removed ({@code for update}), diagnoses first, so that a referral cannot be
 * created on a diagnosis being removed.
 *
 * <p>The retention job keeps the statistics of the past: before deleting, it adds the diagnoses' counts by Brussels
 * day and by the dimensions {@link DiagnosisStore#counts} publishes to {@code diagnosis_tallies}, which that method
 * reads with the rows. An erasure keeps nothing (the person asked for everything to go).
 */
@Repository
public class DiagnosisRemoval {

    /** Ids per statement: PostgreSQL and H2 take far more, but one statement stays small. */
    private static final int CHUNK = 500;

    /** A diagnosis old enough to be removed, and where the next batch starts after it. */
    public record Candidate(UUID id, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    public DiagnosisRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks and returns up to {@code limit} diagnoses created before {@code before}, oldest first, starting after
     * {@code after} (null: from the oldest). The order (created_at, id) is a key, so that a batch that keeps some
     * diagnoses (a referral of them is still recent) moves on past them.
     */
    public List<Candidate> lockCreatedBefore(OffsetDateTime before, Candidate after, int limit) {
        if (after == null) {
            return jdbc.sql("select id, created_at from diagnoses where created_at < ? order by created_at, id limit ?"
                            + " for update")
                    .params(utc(before), limit).query(DiagnosisRemoval::candidate).list();
        }
        return jdbc.sql("select id, created_at from diagnoses where created_at < ?"
                        + " and (created_at > ? or (created_at = ? and id > ?)) order by created_at, id limit ? for update")
                .params(utc(before), utc(after.createdAt()), utc(after.createdAt()), after.id(), limit)
                .query(DiagnosisRemoval::candidate).list();
    }

    /** Locks and returns the diagnoses stored under this reference, exactly as it was given (case included). */
    public List<UUID> lockByReference(String reference) {
        return jdbc.sql("select id from diagnoses where reference = ? order by id for update").param(reference)
                .query(UUID.class).list();
    }

    /**
     * Deletes these diagnoses after adding their counts to the statistics' tallies ({@code diagnosis_tallies}), so that
     * the statistics of their period do not change. Returns how many were deleted.
     */
    public int removeKeepingCounts(Collection<UUID> ids) {
        int removed = 0;
        for (List<UUID> chunk : chunks(ids)) {
            tally(chunk);
            removed += delete(chunk);
        }
        return removed;
    }

    /** Deletes these diagnoses and keeps nothing of them. Returns how many were deleted. */
    public int erase(Collection<UUID> ids) {
        int removed = 0;
        for (List<UUID> chunk : chunks(ids)) {
            removed += delete(chunk);
        }
        return removed;
    }

    private record TallyKey(OffsetDateTime dayStart, String commune, String persona, String targetGroups, String level,
                            String channel) {
    }

    private void tally(List<UUID> ids) {
        Map<TallyKey, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select created_at, commune_code, persona, target_groups, level, channel from diagnoses"
                        + " where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    OffsetDateTime created = rs.getObject(1, OffsetDateTime.class);
                    // Brussels midnight of its day: every period the statistics ask for starts at one.
                    OffsetDateTime day = created.atZoneSameInstant(Week.ZONE).toLocalDate().atStartOfDay(Week.ZONE)
                            .toOffsetDateTime();
                    counts.merge(new TallyKey(utc(day), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)), 1L, Long::sum);
                });
        for (Map.Entry<TallyKey, Long> count : counts.entrySet()) {
            TallyKey k = count.getKey();
            jdbc.sql("insert into diagnosis_tallies (day_start, commune_code, persona, target_groups, level, channel,"
                            + " diagnoses) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(k.dayStart(), k.commune(), k.persona(), k.targetGroups(), k.level(), k.channel(),
                            count.getValue())
                    .update();
        }
    }

    private int delete(List<UUID> ids) {
        return jdbc.sql("delete from diagnoses where id in (:ids)").param("ids", ids).update();
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static Candidate candidate(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class));
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
