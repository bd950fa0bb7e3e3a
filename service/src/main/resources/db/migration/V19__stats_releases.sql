-- Issue 15: what the statistics published for a calendar month, kept as published (the answer of
-- GET /api/v1/stats?month= and the demand groups planners are given for it), so that a month's numbers never change
-- once out: a diagnosis erased or deleted by retention afterwards cannot be found by comparing two answers. Holds
-- only published numbers (every count at least pan.stats.min-cell), no person.
create table stats_releases (
    release_month varchar(7)     primary key,
    released_at timestamp with time zone not null,
    threshold   integer          not null,
    statistics  varchar(1000000) not null,
    demand      varchar(1000000) not null
);
