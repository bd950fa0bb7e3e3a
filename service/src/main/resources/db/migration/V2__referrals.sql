-- Referrals: a professional orients a diagnosed person to one offer of the catalogue.
-- The offer's structure is copied at creation, so the partner who receives it keeps seeing it even if the
-- catalogue changes later. version is the optimistic lock: every transition is
-- "update ... where id = ? and version = ?".
create table referrals (
    id            uuid         primary key,
    diagnosis_id  uuid         not null references diagnoses (id),
    offer_id      varchar(100) not null,
    structure_id  varchar(100) not null,
    status        varchar(20)  not null,
    note          varchar(1000),
    organisation  varchar(100) not null,
    created_by    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);

create index referrals_status_created on referrals (status, created_at);
create index referrals_organisation on referrals (organisation);
create index referrals_structure on referrals (structure_id);

-- The audit trail: one row per transition, creation included (NEW -> SENT). seq is the referral's version
-- after the transition, so two transitions from the same version cannot both be recorded.
create table referral_transitions (
    referral_id   uuid         not null references referrals (id),
    seq           bigint       not null,
    from_status   varchar(20)  not null,
    to_status     varchar(20)  not null,
    reason        varchar(1000),
    actor         varchar(64)  not null,
    occurred_at   timestamp with time zone not null,
    primary key (referral_id, seq)
);
