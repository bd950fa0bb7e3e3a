-- Rosters: the problem as submitted (contract JSON) and, once the solve has ended, the solution.
-- The solve itself runs in memory; a roster still SOLVING when the service stops is marked FAILED at the
-- next start-up. The problem and solution hold no personal data (demand is aggregated by commune,
-- language and target group).
create table rosters (
    id            uuid         primary key,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    source        varchar(10)  not null,
    seconds       integer      not null,
    status        varchar(10)  not null,
    problem_id    varchar(200) not null,
    problem_json  varchar(10000000) not null,
    solution_json varchar(10000000),
    score_hard    bigint,
    score_medium  bigint,
    score_soft    bigint,
    solve_millis  bigint,
    finished_at   timestamp with time zone,
    failure       varchar(500)
);

create index rosters_created_at on rosters (created_at);

-- Uploaded catalogues of offers, versioned 1, 2, 3…; the highest version is the one in use
-- (swapped in at upload and at start-up). Without any row the engine's default catalogue is used.
create table catalogs (
    version         bigint       primary key,
    uploaded_at     timestamp with time zone not null,
    uploaded_by     varchar(64)  not null,
    catalog_version varchar(100),
    structures      integer      not null,
    services        integer      not null,
    body            varchar(10000000) not null
);
