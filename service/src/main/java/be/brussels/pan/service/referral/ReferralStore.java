package be.brussels.pan.service.referral;

import be.brussels.pan.service.diagnosis.DiagnosisFacts;
import be.brussels.pan.service.security.PanUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
            + "created_by, created_at, updated_at, version, session_id, "
            + "reference, reference_key, slip_number, person_languages, person_needs, person_disabilities, "
            + "person_reduced_mobility, override_rule, override_reason, appointment_at, appointment_place, "
            + "appointment_contact";
    /** A slip number as typed in a search: 8 hex digits. */
    private static final java.util.regex.Pattern SLIP = java.util.regex.Pattern.compile("[0-9A-Fa-f]{8}");

    /** The inbox's dates and the appointments are Brussels time. */
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;

    public ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new SENT referral (version 0) with its first history entry NEW → SENT, in one transaction;
     * {@code sessionId}: the session it booked a seat in, or null. The reference and the person's facts are copied
     * from the diagnosis; an override is recorded on the row and in the first history entry's reason
     * ("override of rule: reason").
     */
    @Transactional
    public Referral create(DiagnosisFacts diagnosis, String offerId, String structureId, String note,
                           ReferralOverride override, PanUser user, Instant now, UUID sessionId) {
        return create(UUID.randomUUID(), diagnosis, offerId, structureId, note, override, user, now, sessionId);
    }

    /** {@link #create(DiagnosisFacts, String, String, String, ReferralOverride, PanUser, Instant, UUID)} with its id. */
    @Transactional
    public Referral create(UUID id, DiagnosisFacts diagnosis, String offerId, String structureId, String note,
                           ReferralOverride override, PanUser user, Instant now, UUID sessionId) {
        String slip = Referral.slipNumber(id);
        jdbc.sql("insert into referrals (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null)")
                .params(id, diagnosis.id(), offerId, structureId, ReferralStatus.SENT.name(), note, user.organisation(),
                        user.username(), utc(now), utc(now), sessionId,
                        diagnosis.reference(), referenceKey(diagnosis.reference()), slip,
                        joined(diagnosis.languages()), joined(diagnosis.needs()), joined(diagnosis.disabilities()),
                        diagnosis.reducedMobility(), override == null ? null : override.rule(),
                        override == null ? null : override.reason())
                .update();
        String reason = override == null ? null : cut("override of " + override.rule() + ": " + override.reason());
        record(id, 0, ReferralStatus.NEW, ReferralStatus.SENT.name(), reason, user.username(), now);
        // What was just written, without reading it back (two queries less on the booking path, issue 14).
        Person person = new Person(split(joined(diagnosis.languages())), split(joined(diagnosis.needs())),
                split(joined(diagnosis.disabilities())), diagnosis.reducedMobility());
        return new Referral(id, diagnosis.id(), offerId, structureId, ReferralStatus.SENT, note, user.organisation(),
                user.username(), now, now, 0, List.of(new ReferralTransition(ReferralStatus.NEW,
                ReferralStatus.SENT.name(), reason, user.username(), now)), sessionId, null, null, override,
                diagnosis.reference(), slip, person);
    }

    public Optional<Referral> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referrals where id = ?").param(id)
                .query(ReferralStore::referral).optional().map(r -> r.withHistory(history(r.id(), r.version())));
    }

    /**
     * Whether a referral of the diagnosis was made by {@code organisation} or sent to {@code structureId} (either
     * may be null: not that way). Found through the index on {@code (organisation, created_at)} or
     * {@code (structure_id, created_at)}: the organisation's referrals at most, and only for another
     * organisation's diagnosis (DiagnosisAccess asks nothing for one's own).
     */
    public boolean anyOfDiagnosis(UUID diagnosisId, String organisation, String structureId) {
        // one condition per query, not an OR of both, so that each uses its index
        return (organisation != null && jdbc.sql("select count(*) from referrals where organisation = ?"
                + " and diagnosis_id = ?").params(organisation, diagnosisId).query(Long.class).single() > 0)
                || (structureId != null && jdbc.sql("select count(*) from referrals where structure_id = ?"
                + " and diagnosis_id = ?").params(structureId, diagnosisId).query(Long.class).single() > 0);
    }

    /**
     * One page of the referrals an organisation made ({@code organisation}), or sent to a structure
     * ({@code structureId}), or all when both are null, that match {@code query}; newest first, with the total.
     * Each criterion is a column with an index of its own (V2, V13), and the page is read in the order of
     * {@code created_at}, so that neither database reads more than it answers.
     */
    public ReferralPage list(ReferralQuery query, String organisation, String structureId) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (organisation != null) {
            where.append(" and organisation = ?");
            params.add(organisation);
        }
        if (structureId != null) {
            where.append(" and structure_id = ?");
            params.add(structureId);
        }
        if (query.q() != null) {
            String q = query.q().strip();
            if (SLIP.matcher(q).matches()) {
                where.append(" and (slip_number = ? or reference_key = ?)");
                params.add(q.toUpperCase(java.util.Locale.ROOT));
            } else {
                where.append(" and reference_key = ?");
            }
            params.add(referenceKey(q));
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and status in (").append(String.join(", ", java.util.Collections.nCopies(query.statuses().size(), "?")))
                    .append(")");
            query.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (query.from() != null) {
            where.append(" and created_at >= ?");
            params.add(query.from().atStartOfDay(BRUSSELS).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and created_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay(BRUSSELS).toOffsetDateTime());
        }
        if (query.offerId() != null) {
            where.append(" and offer_id = ?");
            params.add(query.offerId());
        }
        if (query.organisation() != null) {
            where.append(" and organisation = ?");
            params.add(query.organisation());
        }
        long total = jdbc.sql("select count(*) from referrals" + where).params(params).query(Long.class).single();
        long offset = (long) query.page() * query.size();
        if (total <= offset) {
            return new ReferralPage(List.of(), total);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add(offset);
        List<Referral> referrals = jdbc.sql("select " + COLUMNS + " from referrals" + where
                + " order by created_at desc, id limit ? offset ?").params(pageParams).query(ReferralStore::referral).list();
        return new ReferralPage(withHistories(referrals), total);
    }

    private List<Referral> withHistories(List<Referral> referrals) {
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

    /**
     * How many referrals created in [from, to) overrode an exclusion, by the rule overridden (sorted), for the
     * statistics: counted by the database, no referral read. With the counts the retention job kept of the referrals
     * it removed ({@code referral_override_tallies}, issue 15), each at the Brussels midnight of its day.
     */
    public java.util.SortedMap<String, Long> overridesByRule(OffsetDateTime from, OffsetDateTime to) {
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select override_rule, count(*) from referrals where override_rule is not null"
                        + " and created_at >= ? and created_at < ? group by override_rule")
                .params(from, to)
                .query(rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        jdbc.sql("select override_rule, sum(referrals) from referral_override_tallies"
                        + " where day_start >= ? and day_start < ? group by override_rule")
                .params(from, to)
                .query(rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return java.util.Collections.unmodifiableSortedMap(counts);
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
        return transition(id, version, from, to, reason, actor, now, null);
    }

    /** {@link #transition(UUID, long, ReferralStatus, ReferralStatus, String, String, Instant)} that also sets the appointment (when not null). */
    @Transactional
    public boolean transition(UUID id, long version, ReferralStatus from, ReferralStatus to, String reason,
                              String actor, Instant now, Appointment appointment) {
        String set = appointment == null ? "" : ", appointment_at = ?, appointment_place = ?, appointment_contact = ?";
        List<Object> params = new ArrayList<>(List.of(to.name(), utc(now)));
        if (appointment != null) {
            params.add(appointment.at().toInstant().atOffset(ZoneOffset.UTC));
            params.add(appointment.place());
            params.add(appointment.contact());
        }
        params.addAll(List.of(id, version, from.name()));
        int updated = jdbc.sql("update referrals set status = ?, version = version + 1, updated_at = ?" + set
                        + " where id = ? and version = ? and status = ?")
                .params(params)
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
        UUID id = rs.getObject("id", UUID.class);
        OffsetDateTime at = rs.getObject("appointment_at", OffsetDateTime.class);
        Appointment appointment = at == null ? null : new Appointment(at.atZoneSameInstant(BRUSSELS).toOffsetDateTime(),
                rs.getString("appointment_place"), rs.getString("appointment_contact"));
        String rule = rs.getString("override_rule");
        ReferralOverride override = rule == null ? null : new ReferralOverride(rule, rs.getString("override_reason"));
        String slip = rs.getString("slip_number");
        Person person = new Person(split(rs.getString("person_languages")), split(rs.getString("person_needs")),
                split(rs.getString("person_disabilities")), rs.getObject("person_reduced_mobility", Boolean.class));
        return new Referral(id, rs.getObject("diagnosis_id", UUID.class),
                rs.getString("offer_id"), rs.getString("structure_id"), ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getString("organisation"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"), List.of(),
                rs.getObject("session_id", UUID.class), null,
                appointment, override, rs.getString("reference"), slip == null ? Referral.slipNumber(id) : slip, person);
    }

    /** The case-insensitive search key of a reference (V13's reference_key). */
    private static String referenceKey(String reference) {
        return reference == null ? null : reference.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A list column of the referrals table: comma-separated, as the diagnoses table keeps it. */
    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** The history's reason column holds 1000 characters; "override of rule: " comes before the reason. */
    private static String cut(String reason) {
        if (reason.length() <= ReferralRequests.MAX_TEXT) {
            return reason;
        }
        int end = ReferralRequests.MAX_TEXT - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--; // never half of a pair
        }
        return reason.substring(0, end) + "…";
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
