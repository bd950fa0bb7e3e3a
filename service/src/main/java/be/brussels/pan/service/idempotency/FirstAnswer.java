package be.brussels.pan.service.idempotency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a key holds: the first request's operation and body hash, and the ids of what it created, in order. */
public record FirstAnswer(Operation operation, String bodySha256, List<UUID> ids, Instant at) {

    public FirstAnswer {
        ids = List.copyOf(ids);
    }
}
