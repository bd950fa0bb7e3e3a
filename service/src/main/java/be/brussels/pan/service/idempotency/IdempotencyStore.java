package be.brussels.pan.service.idempotency;

import be.brussels.pan.service.web.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_keys} table (V16): the first answer to each user's key, for {@code pan.idempotency.keep}
 * (PT24H). The feature that stores a request writes its claim in the transaction of its own rows ({@link #insert}), so
 * that a key is never kept without what it answers nor the rows without their key; the primary key (user, key) makes
 * the second of two simultaneous requests with one key fail there, and store nothing.
 */
@Repository
public class IdempotencyStore {

    private static final String INSERT = "insert into idempotency_keys (username, idem_key, operation, body_sha256,"
            + " resource_ids, created_at) values (?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Duration keep;

    public IdempotencyStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                            @Value("${pan.idempotency.keep}") Duration keep) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("pan.idempotency.keep must be positive, not " + keep);
        }
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.keep = keep;
    }

    /** How long a key answers with its first answer. */
    public Duration keep() {
        return keep;
    }

    /**
     * The first answer to this request's key, if the user sent the key within {@link #keep()}: empty when it is new.
     *
     * @throws ConflictException (field {@code Idempotency-Key}) the key was sent with another body or for the other
     *                           operation
     */
    public Optional<FirstAnswer> firstAnswerTo(IdempotentRequest request) {
        Optional<FirstAnswer> first = find(request.username(), request.key());
        first.ifPresent(answer -> {
            if (answer.operation() != request.operation()) {
                throw new ConflictException(IdempotencyKey.HEADER, "this key was first used for "
                        + answer.operation().request() + " at " + answer.at() + "; a key names one request: send"
                        + " a new request with a new key");
            }
            if (!answer.bodySha256().equals(request.bodySha256())) {
                throw new ConflictException(IdempotencyKey.HEADER, "this key was first sent at " + answer.at()
                        + " with another body; a key names one request: send a new request with a new key");
            }
        });
        return first;
    }

    /**
     * The first answer held under the user's key, if sent within {@link #keep()}. An older row is deleted here
     * (the purge may not have run yet), so that the key can be used again.
     */
    Optional<FirstAnswer> find(String username, IdempotencyKey key) {
        Optional<Row> row = jdbc.sql("select operation, body_sha256, resource_ids, created_at from idempotency_keys"
                        + " where username = ? and idem_key = ?")
                .params(username, key.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        if (r.at().isBefore(oldestKept())) {
            jdbc.sql("delete from idempotency_keys where username = ? and idem_key = ? and created_at = ?")
                    .params(username, key.value(), r.at().atOffset(ZoneOffset.UTC)).update();
            return Optional.empty();
        }
        return Optional.of(new FirstAnswer(Operation.valueOf(r.operation()), r.bodySha256(), ids(r.resourceIds()),
                r.at()));
    }

    private record Row(String operation, String bodySha256, String resourceIds, Instant at) {
    }

    /**
     * Writes the claims in the caller's transaction, as one batch. A key the user holds already fails the whole
     * transaction with Spring's {@code DuplicateKeyException} (or waits for the transaction that holds it, on
     * PostgreSQL, and then fails): the caller's rows are not stored either.
     */
    public void insert(List<IdempotentRequest.Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(claims.size());
        for (IdempotentRequest.Claim c : claims) {
            IdempotentRequest r = c.request();
            rows.add(new Object[] {r.username(), r.key().value(), r.operation().name(), r.bodySha256(),
                    c.ids().stream().map(UUID::toString).collect(Collectors.joining(",")),
                    c.at().atOffset(ZoneOffset.UTC)});
        }
        jdbcTemplate.batchUpdate(INSERT, rows);
    }

    /**
     * Deletes the keys whose first answer named one of these diagnoses or referrals (an erasure: the key would
     * otherwise still tie the user's request to the erased case until it is purged); returns how many. The table
     * holds {@link #keep()} of keys (a day by default), and an erasure names few ids, so a scan per id is cheap;
     * the retention job needs none, as its cases are far older than any key kept.
     */
    public int forgetAnswersNaming(java.util.Collection<UUID> ids) {
        int deleted = 0;
        for (UUID id : ids) {
            // ids are canonical UUIDs, comma-separated in the column: a LIKE on one cannot match another
            deleted += jdbc.sql("delete from idempotency_keys where resource_ids like ?").param("%" + id + "%").update();
        }
        return deleted;
    }

    /** Deletes the keys sent before {@link #keep()} ago; returns how many. */
    public int purge() {
        return jdbc.sql("delete from idempotency_keys where created_at < ?")
                .param(oldestKept().atOffset(ZoneOffset.UTC)).update();
    }

    private Instant oldestKept() {
        return Instant.now().minus(keep);
    }

    private static List<UUID> ids(String column) {
        return Arrays.stream(column.split(",")).map(UUID::fromString).toList();
    }
}
