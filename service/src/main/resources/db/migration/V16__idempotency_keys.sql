-- Issue 15: Idempotency-Key on POST /api/v1/diagnoses and POST /api/v1/referrals. A retry with the same key and
-- body gets the first answer and stores nothing new. One row per key and user (a key is scoped to the user who
-- sent it); the primary key is what makes two simultaneous requests with one key store once.
--
-- No personal data beyond what the answer holds: the key is the client's random token, the body only its SHA-256
-- (hex, of the operation and the body's bytes), and the answer the ids of the rows the first request created (one
-- diagnosis, the diagnoses of a batch in order, or one referral), comma-separated. Only successful (201) answers
-- are kept. Rows older than pan.idempotency.keep (PT24H) are purged.
create table idempotency_keys (
    username     varchar(64)    not null,
    idem_key     varchar(128)   not null,
    operation    varchar(20)    not null,
    body_sha256  varchar(64)    not null,
    resource_ids varchar(65536) not null,
    created_at   timestamp with time zone not null,
    primary key (username, idem_key)
);

create index idempotency_keys_created_at on idempotency_keys (created_at);
