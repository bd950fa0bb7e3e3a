-- Users of the service: counsellors, social workers, partners, planners, administrators.
-- Passwords are stored as BCrypt hashes.
create table users (
    username      varchar(64)  primary key,
    password_hash varchar(100) not null,
    role          varchar(20)  not null,
    organisation  varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);

-- A diagnosis stores no name: only the caller's opaque reference, what the statistics need
-- (commune, persona, level, groups, channel) and the response that was sent.
create table diagnoses (
    id                uuid         primary key,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    organisation      varchar(100) not null,
    reference         varchar(64),
    channel           varchar(10)  not null,
    locale            varchar(2)   not null,
    commune_code      varchar(5),
    languages         varchar(200),
    score             integer      not null,
    level             varchar(10)  not null,
    digcomp_level     varchar(1)   not null,
    persona           varchar(10)  not null,
    urgency           varchar(10)  not null,
    target_groups     varchar(100) not null,
    rule_base_version varchar(20)  not null,
    -- The response as sent, UTF-8 JSON bytes: stored and served without re-encoding.
    response_json     bytea        not null
);

create index diagnoses_created_at on diagnoses (created_at);
