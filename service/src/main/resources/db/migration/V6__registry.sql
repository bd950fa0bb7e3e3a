-- The registry the weekly rosters are planned on (issue 13): weekly timeslots, venues, animators and mobile kits,
-- kept over time. A record is never deleted: retiring it sets retired_at, so that a roster published on it keeps
-- naming it. version is the optimistic lock (an update names the version it read). provenance says where the
-- values come from: ILLUSTRATIVE (the made-up registry loaded on first start) or ENTERED (written by a planner).
-- List columns hold ids (or ISO dates) separated by commas; ids never contain one (EntryType.ID).
create table registry_timeslots (
    id           varchar(64)  primary key,
    week_day     varchar(10)  not null,
    start_time   varchar(5)   not null,
    end_time     varchar(5)   not null,
    provenance   varchar(20)  not null,
    retired_at   timestamp with time zone,
    version      bigint       not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(64)  not null
);

create table registry_venues (
    id            varchar(64)  primary key,
    name          varchar(200) not null,
    kind          varchar(20)  not null,
    address       varchar(300),
    commune       varchar(5)   not null,
    seats         integer      not null,
    rooms         integer      not null,
    accessible    boolean      not null,
    start_digital boolean      not null,
    open_slots    varchar(20000) not null,
    provenance    varchar(20)  not null,
    retired_at    timestamp with time zone,
    version       bigint       not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null
);

-- An animator's absences are dated periods, first..last day inclusive (2026-12-01..2026-12-03), comma-separated.
create table registry_animators (
    id            varchar(64)  primary key,
    name          varchar(200) not null,
    home_commune  varchar(5)   not null,
    languages     varchar(1000) not null,
    skills        varchar(500) not null,
    max_sessions  integer      not null,
    available     varchar(20000) not null,
    absences      varchar(20000) not null,
    provenance    varchar(20)  not null,
    retired_at    timestamp with time zone,
    version       bigint       not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null
);

create table registry_kits (
    id            varchar(64)  primary key,
    name          varchar(200) not null,
    home_venue    varchar(64)  not null,
    devices       integer      not null,
    braille       boolean      not null,
    provenance    varchar(20)  not null,
    retired_at    timestamp with time zone,
    version       bigint       not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null
);
