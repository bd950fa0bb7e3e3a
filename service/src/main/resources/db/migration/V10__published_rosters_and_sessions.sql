-- Issue 13, rosters kept and published. Each roster knows its ISO week (2026-W49: from the request, else from its
-- problem id), what it re-plans and how many of its sessions it placed, so that the list of rosters reads columns
-- only. Rosters stored before this version get their week and counts from migration 10.1 (RosterCountsBackfill).
alter table rosters add column week varchar(8);
alter table rosters add column replan_of uuid;
alter table rosters add column sessions_total integer;
alter table rosters add column sessions_placed integer;
alter table rosters add column published_at timestamp with time zone;
alter table rosters add column published_by varchar(64);

create index rosters_week on rosters (week, created_at);

-- The week's plan: one published roster per week (the primary key), replaced only by publishing a re-plan of it.
create table published_weeks (
    week          varchar(8)   primary key,
    roster_id     uuid         not null references rosters (id),
    published_at  timestamp with time zone not null,
    published_by  varchar(64)  not null
);

-- Published sessions: what counsellors will book. A row is never deleted: a re-plan moves it (same id, new time
-- or place, last_change MOVED with the reasons) or drops it (status DROPPED, with the reasons), so that a booking
-- (a later table referencing id) is never left pointing at nothing. Free seats are seats less the bookings counted
-- against id. session_ref is the session's id in the roster problem, unique in its week.
create table published_sessions (
    id              uuid         primary key,
    week            varchar(8)   not null,
    session_ref     varchar(1000) not null,
    roster_id       uuid         not null references rosters (id),
    status          varchar(10)  not null,
    kind            varchar(20)  not null,
    language        varchar(16)  not null,
    target_group    varchar(10000),
    demand_commune  varchar(10000) not null,
    commune         varchar(10000) not null,
    timeslot_id     varchar(10000) not null,
    venue_id        varchar(10000) not null,
    venue_name      varchar(10000),
    venue_address   varchar(10000),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    animator_id     varchar(10000) not null,
    animator_name   varchar(10000),
    kit_id          varchar(10000),
    seats           integer      not null,
    locked          boolean      not null,
    published_at    timestamp with time zone not null,
    last_change     varchar(10),
    change_reasons  varchar(1000000),
    changed_at      timestamp with time zone,
    constraint published_sessions_week_session unique (week, session_ref)
);

create index published_sessions_week_start on published_sessions (week, starts_at);
create index published_sessions_start on published_sessions (starts_at);
