package be.brussels.pan.service.referral;

import be.brussels.pan.roster.domain.Week;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removing referrals with their history (issue 15): the referral feature's part of the retention job and of an
 * erasure, run inside their transaction, before the diagnoses they refer to are removed. A referral that holds a
 * seat of a published session ({@link ReferralStatus#HOLDING_SEAT} with a session) gives it back
 * ({@link Bookings#free}), so that a session's {@code booked} stays the number of referrals holding one of its seats.
 *
 * <p>The referrals are locked first ({@code for update}): a transition made at the same time either comes first (and
 * the lock reads its result) or finds the referral gone (a 409, "changed meanwhile"). The retention job keeps the
 * statistics' overrides of the referrals it removes ({@code referral_override_tallies}, which
 * {@link ReferralStore#overridesByRule} reads); an erasure keeps nothing.
 */
@Component
public class ReferralRemoval {

    /** Ids per statement. */
    private static final int CHUNK = 500;

    /**
     * A referral locked for removal.
     *
     * @param lastChange its last transition (or its creation): the retention period runs from it
     * @param seat       the session it holds a seat of, or null
     */
    public record Held(UUID id, UUID diagnosisId, Instant lastChange, UUID seat) {
    }

    /** What a removal removed. */
    public record Removed(int referrals, int transitions, int seatsFreed) {
    }

    private final JdbcClient jdbc;
    private final Bookings bookings;

    public ReferralRemoval(JdbcClient jdbc, Bookings bookings) {
        this.jdbc = jdbc;
        this.bookings = bookings;
    }

    /** Locks and returns the referrals of these diagnoses. */
    public List<Held> lockOfDiagnoses(Collection<UUID> diagnosisIds) {
        List<Held> held = new ArrayList<>();
        for (List<UUID> chunk : chunks(diagnosisIds)) {
            held.addAll(jdbc.sql("select id, diagnosis_id, updated_at, status, session_id from referrals"
                            + " where diagnosis_id in (:ids) order by id for update")
                    .param("ids", chunk)
                    .query((rs, n) -> {
                        UUID session = rs.getObject(5, UUID.class);
                        boolean holds = session != null
                                && ReferralStatus.HOLDING_SEAT.contains(ReferralStatus.valueOf(rs.getString(4)));
                        return new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), holds ? session : null);
                    })
                    .list());
        }
        return held;
    }

    /**
     * Removes these referrals (locked by {@link #lockOfDiagnoses}) and their history, freeing their seats, after
     * adding their overrides to the statistics' tallies.
     */
    public Removed removeKeepingCounts(List<Held> referrals) {
        for (List<UUID> chunk : chunks(referrals.stream().map(Held::id).toList())) {
            tallyOverrides(chunk);
        }
        return erase(referrals);
    }

    /** Removes these referrals (locked by {@link #lockOfDiagnoses}) and their history, freeing their seats. */
    public Removed erase(List<Held> referrals) {
        int seats = 0;
        for (Held referral : referrals) {
            if (referral.seat() != null) {
                bookings.free(referral.seat());
                seats++;
            }
        }
        int transitions = 0;
        int removed = 0;
        for (List<UUID> chunk : chunks(referrals.stream().map(Held::id).toList())) {
            transitions += jdbc.sql("delete from referral_transitions where referral_id in (:ids)").param("ids", chunk)
                    .update();
            removed += jdbc.sql("delete from referrals where id in (:ids)").param("ids", chunk).update();
        }
        return new Removed(removed, transitions, seats);
    }

    private void tallyOverrides(List<UUID> ids) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select created_at, override_rule from referrals where id in (:ids) and override_rule is not null")
                .param("ids", ids)
                .query(rs -> {
                    OffsetDateTime created = rs.getObject(1, OffsetDateTime.class);
                    // Brussels midnight of its day, as the statistics' periods start (PublishedStatistics).
                    OffsetDateTime day = created.atZoneSameInstant(Week.ZONE).toLocalDate().atStartOfDay(Week.ZONE)
                            .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
                    counts.merge(List.of(day, rs.getString(2)), 1L, Long::sum);
                });
        counts.forEach((key, n) -> jdbc.sql("insert into referral_override_tallies (day_start, override_rule, referrals)"
                        + " values (?, ?, ?)")
                .params(key.get(0), key.get(1), n).update());
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
