package be.brussels.pan.service.referral;

import be.brussels.pan.service.security.PanUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Referrals and their audit trail, with optimistic locking on {@code version}. */
@Repository
public class ReferralStore {

    private static final String COLUMNS = "id, diagnosis_id, offer_id, structure_id, status, note, organisation, "
            + "created_by, created_at, updated_at, version, session_id";

    private final JdbcClient jdbc;

    public ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new SENT referral (version 0) with its first history entry NEW → SENT, in one transaction;
     * {@code sessionId}: the session it booked a seat in, or null.
     */
    @Transactional
    public Referral create(UUID diagnosisId, String offerId, String structureId, String note, PanUser user, Instant now,
                           UUID sessionId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into referrals (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(id, diagnosisId, offerId, structureId, ReferralStatus.SENT.name(), note, user.organisation(),
                        user.username(), utc(now), utc(now), sessionId)
                .update();
        record(id, 0, ReferralStatus.NEW, ReferralStatus.SENT.name(), null, user.username(), now);
        // What was just written, without reading it back (two queries less on the booking path, issue 14).
        return new Referral(id, diagnosisId, offerId, structureId, ReferralStatus.SENT, note, user.organisation(),
                user.username(), now, now, 0, List.of(new ReferralTransition(ReferralStatus.NEW,
                ReferralStatus.SENT.name(), null, user.username(), now)), sessionId, null);
    }

    public Optional<Referral> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referrals where id = ?").param(id)
                .query(ReferralStore::referral).optional().map(r -> r.withHistory(history(r.id(), r.version())));
    }

    /**
     * The referrals an organisation made ({@code organisation}), or sent to a structure ({@code structureId}),
     * or all when both are null; optionally of one status. Newest first.
     */
    public List<Referral> list(ReferralStatus status, String organisation, String structureId) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        if (organisation != null) {
            where.append(" and organisation = ?");
            params.add(organisation);
        }
        if (structureId != null) {
            where.append(" and structure_id = ?");
            params.add(structureId);
        }
        List<Referral> referrals = jdbc.sql("select " + COLUMNS + " from referrals" + where
                + " order by created_at desc, id").params(params).query(ReferralStore::referral).list();
        if (referrals.isEmpty()) {
            return referrals;
        }
        Map<UUID, List<ReferralTransition>> trails = new LinkedHashMap<>();
        Map<UUID, Long> versions = new LinkedHashMap<>();
        referrals.forEach(r -> {
            trails.put(r.id(), new ArrayList<>());
            versions.put(r.id(), r.version());
        });
        List<UUID> ids = List.copyOf(trails.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select referral_id, seq, from_status, to_status, reason, actor, occurred_at from referral_transitions "
                            + "where referral_id in (:ids) order by referral_id, seq")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, n) -> {
                        UUID id = rs.getObject("referral_id", UUID.class);
                        // a transition made after the referral row was read is not part of this version
                        return rs.getLong("seq") <= versions.get(id) && trails.get(id).add(transition(rs, n));
                    })
                    .list();
        }
        return referrals.stream().map(r -> r.withHistory(trails.get(r.id()))).toList();
    }

    /** Ids of the referrals that booked a seat in the session and are not final yet (issue 14: re-plan flags). */
    public List<UUID> activeOnSession(UUID sessionId) {
        return jdbc.sql("select id from referrals where session_id = ? and status in ('SENT', 'ACCEPTED', 'SCHEDULED',"
                + " 'ATTENDED') order by created_at, id").param(sessionId).query(UUID.class).list();
    }

    /** Ids of the SENT referrals created before {@code before}. */
    public List<UUID> sentBefore(Instant before) {
        return jdbc.sql("select id from referrals where status = ? and created_at < ? order by created_at")
                .params(ReferralStatus.SENT.name(), utc(before)).query(UUID.class).list();
    }

    /**
     * Moves a referral from {@code from} at {@code version} to {@code to}, and records it. Returns false, changing
     * nothing, when the referral is no longer at that version and state (another transition came first).
     */
    @Transactional
    public boolean transition(UUID id, long version, ReferralStatus from, ReferralStatus to, String reason,
                              String actor, Instant now) {
        int updated = jdbc.sql("update referrals set status = ?, version = version + 1, updated_at = ? "
                        + "where id = ? and version = ? and status = ?")
                .params(to.name(), utc(now), id, version, from.name())
                .update();
        if (updated == 0) {
            return false;
        }
        record(id, version + 1, from.name(), to.name(), reason, actor, now);
        return true;
    }

    private void record(UUID id, long seq, String from, String to, String reason, String actor, Instant at) {
        jdbc.sql("insert into referral_transitions (referral_id, seq, from_status, to_status, reason, actor, occurred_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, seq, from, to, reason, actor, utc(at))
                .update();
    }

    /** The trail up to {@code version}: a transition made after the referral row was read is left out. */
    private List<ReferralTransition> history(UUID id, long version) {
        return jdbc.sql("select referral_id, from_status, to_status, reason, actor, occurred_at from referral_transitions "
                        + "where referral_id = ? and seq <= ? order by seq")
                .params(id, version).query(ReferralStore::transition).list();
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("diagnosis_id", UUID.class),
                rs.getString("offer_id"), rs.getString("structure_id"), ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getString("organisation"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"), List.of(),
                rs.getObject("session_id", UUID.class), null);
    }

    private static ReferralTransition transition(ResultSet rs, int row) throws SQLException {
        return new ReferralTransition(rs.getString("from_status"), rs.getString("to_status"), rs.getString("reason"),
                rs.getString("actor"), instant(rs, "occurred_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
