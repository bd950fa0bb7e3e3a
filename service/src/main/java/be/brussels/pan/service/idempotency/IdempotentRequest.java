package be.brussels.pan.service.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A request sent with an {@code Idempotency-Key}: who sent it (the key's scope), the key, the operation and the
 * SHA-256 of the operation and the body's bytes. Only the hash is ever kept, never the body: whether a retry is
 * "the same request" is whether its bytes hash the same.
 */
public record IdempotentRequest(String username, IdempotencyKey key, Operation operation, String bodySha256) {

    public static IdempotentRequest of(String username, IdempotencyKey key, Operation operation, byte[] body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        sha256.update(operation.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha256.update((byte) '\n');
        sha256.update(body == null ? new byte[0] : body);
        return new IdempotentRequest(username, key, operation, HexFormat.of().formatHex(sha256.digest()));
    }

    /** What is stored once the request's rows are: this request and the ids of what it created, in order. */
    public Claim claim(List<UUID> ids, Instant at) {
        return new Claim(this, List.copyOf(ids), at);
    }

    /** A row of {@code idempotency_keys} to write in the same transaction as the request's own rows. */
    public record Claim(IdempotentRequest request, List<UUID> ids, Instant at) {
    }

    @Override
    public String toString() {
        return "IdempotentRequest[" + operation + "]"; // neither the user nor the key in a log
    }
}
