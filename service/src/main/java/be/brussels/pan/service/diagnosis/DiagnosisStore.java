package be.brussels.pan.service.diagnosis;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.engine.DiagnosisJson;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.service.idempotency.IdempotencyStore;
import be.brussels.pan.service.idempotency.IdempotentRequest;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.persistence.GroupCommitWriter;
import be.brussels.pan.service.security.PanUser;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored diagnoses: the only class that reads or writes the {@code diagnoses} table (with V5's migration 5.1, and
 * {@link DiagnosisRemoval}, which removes them: retention and erasure, issue 15).
 * What is kept: the response sent, and the few fields statistics and planning need (commune, languages, level,
 * persona, urgency, groups, channel, the kinds of the orientations proposed), so that they are counted by the
 * database rather than read back from the stored JSON; what a referral made from it shows and checks (needs,
 * disabilities, reduced mobility, and the offers the person was excluded from with the rule that did it, V13),
 * written in the same commit as the response, as is the call's {@code Idempotency-Key} (V16, issue 15). Never a
 * name: only the caller's reference.
 */
@Repository
public class DiagnosisStore implements DisposableBean {

    private static final String INSERT = """
            insert into diagnoses (id, created_at, created_by, organisation, reference, channel, locale,
                commune_code, languages, score, level, digcomp_level, persona, urgency, target_groups,
                orientation_kinds, rule_base_version, response_json, needs, disabilities, reduced_mobility, exclusions)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Most calls sharing one commit, and most calls waiting for one (further callers wait for room). */
    private static final int MAX_GROUP = 64;
    private static final int MAX_WAITING = 1024;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final IdempotencyStore keys;
    private final GroupCommitWriter<Call> writer;

    /**
     * What one call writes: its diagnoses' rows, and the claim of its {@code Idempotency-Key} (null without one),
     * which goes into the same commit.
     */
    private record Call(List<Object[]> rows, IdempotentRequest.Claim key) {
    }

    public DiagnosisStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
                          PanMetrics metrics, @Value("${pan.diagnoses.commit-delay}") Duration commitDelay,
                          IdempotencyStore keys) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.keys = keys;
        this.transactions = new TransactionTemplate(transactionManager);
        this.writer = new GroupCommitWriter<>("diagnosis-writer", this::insertAndCommit, MAX_GROUP, MAX_WAITING,
                commitDelay, metrics::diagnosesCommitted);
    }

    /**
     * Announces a save to come (call it before the diagnosis is computed): concurrent requests then share one
     * commit rather than each paying for its own. Save through the announcement, and close it in every case.
     */
    public Announcement announceSave() {
        return new Announcement(writer.announce());
    }

    /** A save announced with {@link #announceSave()}. Not thread-safe: it belongs to the caller that announced it. */
    public final class Announcement implements AutoCloseable {
        private final GroupCommitWriter<Call>.Arrival arrival;

        private Announcement(GroupCommitWriter<Call>.Arrival arrival) {
            this.arrival = arrival;
        }

        /**
         * Stores the diagnoses of one call and returns once they are committed: a batch is kept whole or not at
         * all. Concurrent calls share one commit (see {@link GroupCommitWriter}).
         */
        public List<Saved> save(List<DiagnosisRequest> requests, List<DiagnosisResponse> responses, PanUser user) {
            return save(requests, responses, null, user);
        }

        /**
         * {@link #save(List, List, PanUser)} with each diagnosis's exclusions (offer id → rule id, in the order of
         * the requests), stored in the same commit as its response: a diagnosis acknowledged is never without them.
         * {@code exclusions} null: not assessed.
         */
        public List<Saved> save(List<DiagnosisRequest> requests, List<DiagnosisResponse> responses,
                                List<Map<String, String>> exclusions, PanUser user) {
            return save(requests, responses, exclusions, user, null);
        }

        /**
         * {@link #save(List, List, List, PanUser)} under an {@code Idempotency-Key}: the key, with the ids of these
         * diagnoses, is stored in the same commit, so that a crash never keeps one without the other. A key the user
         * holds already fails the save ({@link GroupCommitWriter.GroupCommitException} caused by Spring's
         * {@code DuplicateKeyException}) and stores none of these diagnoses. {@code key} null: no key.
         */
        public List<Saved> save(List<DiagnosisRequest> requests, List<DiagnosisResponse> responses,
                                List<Map<String, String>> exclusions, PanUser user, IdempotentRequest key) {
            return DiagnosisStore.this.save(arrival, requests, responses, exclusions, user, key);
        }

        /** Nothing to save (or saved): the writer stops waiting for this call. */
        @Override
        public void close() {
            arrival.close();
        }
    }

    /** A stored diagnosis: the response with its id, and the JSON that was stored (and is sent) as UTF-8. */
    public record Saved(DiagnosisResponse response, byte[] json) {
    }

    private List<Saved> save(GroupCommitWriter<Call>.Arrival arrival, List<DiagnosisRequest> requests,
                             List<DiagnosisResponse> responses, List<Map<String, String>> exclusions, PanUser user,
                             IdempotentRequest key) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Saved> saved = new ArrayList<>(responses.size());
        List<Object[]> rows = new ArrayList<>(responses.size());
        List<UUID> ids = new ArrayList<>(responses.size());
        for (int i = 0; i < responses.size(); i++) {
            DiagnosisRequest request = requests.get(i);
            UUID id = TimeOrderedIds.next();
            ids.add(id);
            DiagnosisResponse response = responses.get(i).withId(id.toString());
            // Written once: these bytes are stored and sent.
            byte[] json = DiagnosisJson.writeBytes(response);
            String postcode = request.profile() == null ? null : request.profile().postcode();
            // Each language once (the contract does not forbid repeating one): with every ISO 639-1 code at most
            // once the list fits its column (V4).
            String languages = request.profile() == null || request.profile().languages() == null ? null
                    : StoredLists.write(new LinkedHashSet<>(request.profile().languages()));
            rows.add(new Object[] {id, now, user.username(), user.organisation(),
                    request.reference(), request.channelOrDefault().name(), request.localeOrDefault(),
                    Communes.brussels().byPostcode(postcode).map(Commune::code).orElse(null), languages,
                    response.fragility().score(), response.fragility().level().name(),
                    response.digcompLevel().name(), response.persona().code().name(), response.urgency().name(),
                    StoredLists.write(response.targetGroups().stream().map(TargetGroup::name).toList()),
                    OrientationKinds.of(response), response.ruleBaseVersion(), json,
                    names(request.extended() == null ? null : request.extended().needs()),
                    names(request.profile() == null ? null : request.profile().disabilities()),
                    request.profile() == null ? null : request.profile().reducedMobility(),
                    StoredExclusions.write(exclusions == null ? null : exclusions.get(i))});
            saved.add(new Saved(response, json));
        }
        arrival.write(new Call(rows, key == null ? null : key.claim(ids, now.toInstant())));
        return saved;
    }

    /** Enum constants' names, each once, in the order given; null when not given (unknown). */
    private static String names(List<? extends Enum<?>> values) {
        if (values == null) {
            return null;
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        values.forEach(v -> names.add(v.name()));
        return StoredLists.write(names);
    }

    /**
     * One transaction for the rows of every call in a group: inserted as one JDBC batch, then the calls' idempotency
     * keys as another, committed once. A key taken already fails the group, whose calls are then retried alone
     * (GroupCommitWriter): only the call that brought it fails.
     */
    private void insertAndCommit(List<Call> calls) {
        List<Object[]> rows = new ArrayList<>();
        List<IdempotentRequest.Claim> claims = new ArrayList<>();
        for (Call call : calls) {
            rows.addAll(call.rows());
            if (call.key() != null) {
                claims.add(call.key());
            }
        }
        transactions.executeWithoutResult(status -> {
            jdbcTemplate.batchUpdate(INSERT, rows);
            keys.insert(claims);
        });
    }

    /** Saves announced and not yet queued (for tests: every request must close its announcement). */
    int savesOnTheirWay() {
        return writer.callersOnTheirWay();
    }

    @Override
    public void destroy() {
        writer.close();
    }

    /** The stored JSON of these diagnoses, in the order of the ids; empty if any of them is not stored (any more). */
    public Optional<List<byte[]>> findJson(List<UUID> ids) {
        List<byte[]> found = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Optional<byte[]> json = findJson(id);
            if (json.isEmpty()) {
                return Optional.empty();
            }
            found.add(json.get());
        }
        return Optional.of(found);
    }

    /** The stored JSON of a diagnosis (UTF-8), exactly as it was sent. */
    public Optional<byte[]> findJson(UUID id) {
        return jdbc.sql("select response_json from diagnoses where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A stored diagnosis's JSON (UTF-8, exactly as it was sent) and whose it is, for the access check. */
    public record Owned(String organisation, byte[] json) {
    }

    /** The stored JSON of a diagnosis with the organisation it was made in ({@link DiagnosisAccess}). */
    public Optional<Owned> findOwned(UUID id) {
        return jdbc.sql("select organisation, response_json from diagnoses where id = ?").param(id)
                .query((rs, n) -> new Owned(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** What a referral made from this diagnosis needs of it (organisation, reference, person facts, exclusions). */
    public Optional<DiagnosisFacts> facts(UUID id) {
        return jdbc.sql("select organisation, reference, languages, needs, disabilities, reduced_mobility, exclusions"
                        + " from diagnoses where id = ?").param(id)
                .query((rs, n) -> new DiagnosisFacts(id, rs.getString(1), rs.getString(2),
                        StoredLists.read(rs.getString(3)), StoredLists.read(rs.getString(4)),
                        StoredLists.read(rs.getString(5)), rs.getObject(6, Boolean.class),
                        StoredExclusions.read(rs.getString(7))))
                .optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from diagnoses where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /**
     * The counts of the diagnoses stored in [from, to), for the statistics: the stored rows, and the counts the
     * retention job kept of the rows it removed ({@code diagnosis_tallies}, issue 15), each at the Brussels midnight
     * of its day. A period that starts and ends at Brussels midnights (every period the statistics ask for) counts a
     * removed diagnosis exactly as it counted its row.
     */
    public DiagnosisCounts counts(OffsetDateTime from, OffsetDateTime to) {
        DiagnosisCounts.Tally tally = new DiagnosisCounts.Tally();
        // Counted by the database: one row per combination, not one per diagnosis.
        jdbc.sql("""
                select commune_code, persona, target_groups, level, channel, count(*) from diagnoses
                where created_at >= ? and created_at < ?
                group by commune_code, persona, target_groups, level, channel""")
                .params(from, to)
                .query(rs -> {
                    tally.add(rs.getString(1), rs.getString(2), StoredLists.read(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getLong(6));
                });
        jdbc.sql("""
                select commune_code, persona, target_groups, level, channel, sum(diagnoses) from diagnosis_tallies
                where day_start >= ? and day_start < ?
                group by commune_code, persona, target_groups, level, channel""")
                .params(from, to)
                .query(rs -> {
                    tally.add(rs.getString(1), rs.getString(2), StoredLists.read(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getLong(6));
                });
        return tally.counts();
    }

    /**
     * The demand of [from, to): the diagnoses stored then, counted by everything a roster cell is built from
     * (commune, {@link DiagnosisCounts#NO_COMMUNE} if none; languages, target groups, urgency, kinds of orientation),
     * in no given order. Those without a Brussels commune are counted too (issue 15): the statistics protect the
     * demand as a whole against the counts by commune, of which they are a line.
     */
    public List<DemandCount> demand(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select commune_code, languages, target_groups, urgency, orientation_kinds, count(*) from diagnoses
                where created_at >= ? and created_at < ?
                group by commune_code, languages, target_groups, urgency, orientation_kinds""")
                .params(from, to)
                .query((rs, n) -> new DemandCount(rs.getString(1) == null ? DiagnosisCounts.NO_COMMUNE : rs.getString(1),
                        StoredLists.read(rs.getString(2)),
                        StoredLists.read(rs.getString(3)), rs.getString(4), OrientationKinds.read(rs.getString(5)),
                        rs.getLong(6)))
                .list();
    }
}
